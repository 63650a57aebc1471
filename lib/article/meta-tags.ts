/** The page's `<meta>` values by lower-cased name, property or itemprop, in document order. */
export type MetaTags = Map<string, string[]>;

function add(tags: MetaTags, key: string, content: string): void {
  // `property` may hold several space-separated names (RDFa).
  for (const name of key.includes(' ') ? key.trim().split(/\s+/) : [key]) {
    const values = tags.get(name);
    if (values) values.push(content);
    else tags.set(name, [content]);
  }
}

/**
 * Reads every `<meta>` with a content once, so later look-ups cost a map access. A tag is keyed by
 * its `property` and `name` (a few carry both), else its `itemprop` or `http-equiv`: as few attribute
 * reads as possible, since this runs on every page.
 */
export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of doc.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const property = meta.getAttribute('property');
    const name = meta.getAttribute('name');
    if (property) add(tags, property.toLowerCase(), content);
    if (name) add(tags, name.toLowerCase(), content);
    if (property || name) continue;
    const other = meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv');
    if (other) add(tags, other.toLowerCase(), content);
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
