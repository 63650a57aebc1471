import { MODIFIED_KEYS, PUBLISHED_KEYS } from './date-keys';
import type { FoundDate } from './found-date';
import type { PageSources } from './page-sources';
import { parseDate } from './parse-date';

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return firstString(value[0]);
  return null;
}

/** A date field of the story's JSON-LD node, else of any node the page declares. */
export function fromJsonLd(sources: PageSources, key: string): FoundDate | null {
  const nodes = sources.story ? [sources.story.node, ...sources.jsonLd] : sources.jsonLd;
  for (const node of nodes) {
    const raw = firstString(node.data[key]);
    const value = raw ? parseDate(raw) : null;
    if (value) return { value, from: `JSON-LD ${key}` };
  }
  return null;
}

function fromMeta(sources: PageSources, keys: readonly string[], monthFirst: boolean): FoundDate | null {
  for (const key of keys) {
    for (const raw of sources.tags.get(key) ?? []) {
      const value = parseDate(raw, monthFirst);
      if (value) return { value, from: `meta ${key}` };
    }
  }
  return null;
}

/** The publication date the page declares in JSON-LD or meta tags (microdata `<meta>` included). */
export function declaredPublished(sources: PageSources, monthFirst: boolean): FoundDate | null {
  return fromJsonLd(sources, 'datePublished') ?? fromMeta(sources, PUBLISHED_KEYS, monthFirst);
}

/** When the story was last updated, as the page declares it in JSON-LD or meta tags. */
export function declaredModified(sources: PageSources, monthFirst: boolean): FoundDate | null {
  return fromJsonLd(sources, 'dateModified') ?? fromMeta(sources, MODIFIED_KEYS, monthFirst);
}
