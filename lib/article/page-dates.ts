import { MODIFIED_KEYS, PUBLISHED_KEYS } from './date-keys';
import type { PageSources } from './page-sources';
import { parseDate } from './parse-date';
import { findDateInText } from './text-date';
import { readUrlShape } from './url-shape';

/** A date and where it was read, for the detector's reasons. */
export interface FoundDate {
  value: string;
  from: string;
}

/** Teasers, menus and footers carry other stories' dates. */
const ELSEWHERE = 'li, nav, aside, footer';

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return firstString(value[0]);
  return null;
}

function fromJsonLd(sources: PageSources, key: string): FoundDate | null {
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

function fromElements(doc: Document, selector: string, from: string, monthFirst: boolean): FoundDate | null {
  for (const element of doc.querySelectorAll(selector)) {
    if (element.tagName === 'META' || element.closest(ELSEWHERE)) continue;
    const raw =
      element.getAttribute('datetime') ?? element.getAttribute('content') ?? (element.textContent ?? '').trim();
    const value = parseDate(raw, monthFirst) ?? findDateInText(raw.slice(0, 200), monthFirst);
    if (value) return { value, from };
  }
  return null;
}

/** Dates written out where bylines and datelines sit, or around the headline. */
function fromText(doc: Document, monthFirst: boolean): FoundDate | null {
  const dateline = fromElements(
    doc,
    '[class*="date" i], [class*="publish" i], [class*="posted" i], [class*="byline" i], [id*="date" i]',
    'dateline text',
    monthFirst,
  );
  if (dateline) return dateline;
  const headerArea = doc.querySelector('h1')?.parentElement?.parentElement;
  const text = (headerArea?.textContent ?? '').slice(0, 3000);
  const value = findDateInText(text, monthFirst);
  return value ? { value, from: 'text near the headline' } : null;
}

/**
 * When the story was first published, from the most trustworthy source the page offers: JSON-LD,
 * meta tags, microdata, `<time>`, a written dateline, and last the day in the address.
 */
export function findPublished(sources: PageSources, monthFirst: boolean): FoundDate | null {
  const { doc } = sources;
  const fromUrl = readUrlShape(sources.url)?.day;
  return (
    fromJsonLd(sources, 'datePublished') ??
    fromMeta(sources, PUBLISHED_KEYS, monthFirst) ??
    fromElements(doc, '[itemprop~="datePublished"]', 'microdata datePublished', monthFirst) ??
    fromElements(doc, 'time[pubdate], time[datetime]', '<time datetime>', monthFirst) ??
    fromJsonLd(sources, 'dateCreated') ??
    fromText(doc, monthFirst) ??
    (fromUrl ? { value: fromUrl, from: 'address' } : null)
  );
}

/** When the story was last updated, from JSON-LD, meta tags or microdata. */
export function findModified(sources: PageSources, monthFirst: boolean): FoundDate | null {
  return (
    fromJsonLd(sources, 'dateModified') ??
    fromMeta(sources, MODIFIED_KEYS, monthFirst) ??
    fromElements(sources.doc, '[itemprop~="dateModified"]', 'microdata dateModified', monthFirst)
  );
}
