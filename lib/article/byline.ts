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

const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator'];

/**
 * The authors the page declares: JSON-LD `author`, then author meta tags. The site's own name is not
 * a byline (many sites give it as every page's author), so it is passed over.
 */
export function declaredByline(sources: PageSources, site: string | null): string | null {
  const isSite = (name: string): boolean => name.toLowerCase() === site?.toLowerCase();
  const fromJsonLd = names(sources.story?.node.data['author'])
    .map(cleanByline)
    .filter((name): name is string => !!name && !isSite(name));
  if (fromJsonLd.length > 0) return [...new Set(fromJsonLd)].join(', ');
  for (const key of AUTHOR_KEYS) {
    const name = cleanByline(firstMeta(sources.tags, [key]));
    if (name && !isSite(name)) return name;
  }
  return null;
}

/** The byline written in the page: an author link or microdata, or an element classed as a byline. */
export function writtenByline(doc: Document, site: string | null): string | null {
  const selector = '[itemprop~="author"], [rel~="author"], [class*="byline" i], [class*="author" i]';
  for (const element of doc.querySelectorAll(selector)) {
    if (element.matches('meta, link, html, body') || element.closest('li, nav, aside, footer')) continue;
    const named = element.querySelector('[itemprop~="name"]');
    const byline = cleanByline(named?.getAttribute('content') ?? named?.textContent ?? element.textContent);
    if (byline && byline.toLowerCase() !== site?.toLowerCase()) return byline;
  }
  return null;
}
