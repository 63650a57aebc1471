import { findHeadline } from './headline';
import { firstMeta } from './meta-tags';
import type { PageSources } from './page-sources';
import { parseDate } from './parse-date';

/** A plain string from a JSON-LD value (a string, the first of a list, or an object's `name`). */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object' && 'name' in value) return textOf((value as { name: unknown }).name);
  return null;
}

const TRAILING_PART = /\s+[|\-–—·»]\s+([^|–—·»]+)$/;

/** Whether a title's trailing part names the site ("NYTimes.com", "DW") rather than the story. */
function isSitePart(part: string, site: string | null): boolean {
  const name = part.trim().toLowerCase();
  const siteName = site?.toLowerCase() ?? '';
  return siteName !== '' && (name === siteName || siteName.includes(name) || name.includes(siteName));
}

/** Drops what pages append to their titles: " | Site", " - 24.05.2019", " - Section - Site". */
export function trimTitle(title: string, site: string | null): string {
  let trimmed = title.replace(/\s+/g, ' ').trim();
  for (let m = TRAILING_PART.exec(trimmed); m; m = TRAILING_PART.exec(trimmed)) {
    const part = m[1] ?? '';
    if (!isSitePart(part, site) && !(/\d/.test(part) && parseDate(part.trim()))) break;
    trimmed = trimmed.slice(0, m.index);
  }
  return trimmed;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'headline', 'title'];

/**
 * The headline: JSON-LD `headline`, Open Graph and other title tags, else the page heading that the
 * `<title>` contains, else the `<title>` itself; the site's name and dates appended to it are dropped.
 */
export function findTitle(sources: PageSources, site: string | null): string | null {
  const declared = textOf(sources.story?.node.data['headline']) ?? firstMeta(sources.tags, TITLE_KEYS);
  if (declared) return trimTitle(declared, site);
  const docTitle = sources.doc.title.trim();
  const heading = docTitle ? findHeadline(sources.doc, docTitle) : null;
  const headingText = heading?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (headingText && docTitle.toLowerCase().includes(headingText.toLowerCase())) return headingText;
  return trimTitle(docTitle, site) || headingText || null;
}

/** A date the page puts in its title ("Una solución... - 07.12.2017 - LA NACION"), as YYYY-MM-DD. */
export function titleDate(sources: PageSources): string | null {
  const titles = [firstMeta(sources.tags, ['og:title', 'title']), sources.doc.title];
  for (const title of titles) {
    for (const part of (title ?? '').split(/\s+[|\-–—·»]\s+/).slice(1)) {
      const day = parseDate(part.trim());
      if (day) return day.slice(0, 10);
    }
  }
  return null;
}
