import { firstMeta } from './meta-tags';
import type { PageSources } from './page-sources';

const MAX_BYLINE = 120;

/** "By Jane Doe" → "Jane Doe"; null for empty values, addresses and run-on text. */
function cleanByline(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  const name = text.replace(/^(by|von|par|por|di|door)\s+/i, '').trim();
  if (!name || name.length > MAX_BYLINE || /^(https?:|www\.|@)/i.test(name)) return null;
  return name;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object' && 'name' in value) return names((value as { name: unknown }).name);
  return [];
}

function fromDom(doc: Document): string | null {
  const selector = '[itemprop~="author"], [rel~="author"], [class*="byline" i], [class*="author" i]';
  for (const element of doc.querySelectorAll(selector)) {
    if (element.matches('meta, link, html, body') || element.closest('li, nav, aside, footer')) continue;
    const named = element.querySelector('[itemprop~="name"]');
    const byline = cleanByline(named?.getAttribute('content') ?? named?.textContent ?? element.textContent);
    if (byline) return byline;
  }
  return null;
}

/** The story's authors: JSON-LD `author`, then author meta tags, then the byline in the page. */
export function findByline(sources: PageSources): string | null {
  const fromJsonLd = names(sources.story?.node.data['author']).map(cleanByline).filter(Boolean);
  if (fromJsonLd.length > 0) return [...new Set(fromJsonLd)].join(', ');
  const keys = [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'byl',
    'dc.creator',
    'dcterms.creator',
  ];
  return cleanByline(firstMeta(sources.tags, keys)) ?? fromDom(sources.doc);
}
