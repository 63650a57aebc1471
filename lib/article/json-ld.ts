/** A JSON-LD object from the page, with its `@type` values reduced to bare names ("NewsArticle"). */
export interface JsonLdNode {
  types: string[];
  data: Record<string, unknown>;
}

/** Reads a JSON-LD script's text, tolerating the ways pages break it; undefined when nothing can be read. */
export function parseJsonLd(text: string): unknown {
  const body = text
    .trim()
    .replace(/^(<!--|<!\[CDATA\[)/, '')
    .replace(/(-->|\]\]>)$/, '')
    .trim();
  try {
    return JSON.parse(body);
  } catch {
    // Raw newlines inside strings, trailing commas and a closing semicolon are the usual faults.
    const repaired = body
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/;\s*$/, '');
    try {
      return JSON.parse(repaired);
    } catch {
      return salvageFields(body);
    }
  }
}

/** From JSON-LD that will not parse, keeps the plain string fields the detector reads. */
function salvageFields(body: string): Record<string, unknown> | undefined {
  const found: Record<string, unknown> = {};
  const field = /"(@type|headline|datePublished|dateModified)"\s*:\s*"([^"\\]{1,300})"/g;
  for (const [, key, value] of body.matchAll(field)) {
    if (key && !(key in found)) found[key] = value;
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/** "http://schema.org/NewsArticle" and "schema:NewsArticle" both name NewsArticle. */
function typeNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Flattens parsed JSON-LD into the page's own top-level nodes: arrays, `@graph` and `mainEntity` are
 * followed, lists of other items (a section front's `itemListElement`) are not, so a page listing
 * NewsArticles does not pass for one.
 */
function flatten(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  const types = typeNames(value['@type']);
  if (types.length > 0) out.push({ types, data: value });
  if (value['@graph'] !== undefined) flatten(value['@graph'], out, depth + 1);
  if (isRecord(value['mainEntity'])) flatten(value['mainEntity'], out, depth + 1);
}

/** Every JSON-LD node the page declares about itself, in document order; broken scripts are skipped. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type*="ld+json" i]')) {
    flatten(parseJsonLd(script.textContent ?? ''), nodes);
  }
  return nodes;
}
