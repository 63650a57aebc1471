/** The page's `<meta>` values by lower-cased name, property or itemprop, in document order. */
export type MetaTags = Map<string, string[]>;

/** Reads every `<meta>` with a content once, so later look-ups cost a map access. */
export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of doc.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      // `property` may hold several space-separated names (RDFa).
      for (const name of key.includes(' ') ? key.split(/\s+/) : [key]) {
        const values = tags.get(name);
        if (values) values.push(content);
        else tags.set(name, [content]);
      }
    }
  }
  return tags;
}

/** The first value among `keys`, tried in order of preference. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}
