import { findByline } from './byline';
import { firstMeta } from './meta-tags';
import { findModified, findPublished } from './page-dates';
import { readPageSources, type PageSources } from './page-sources';
import type { ArticleMeta } from './types';

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object' && 'name' in value) return text((value as { name: unknown }).name);
  return null;
}

function findSite(sources: PageSources): string | null {
  const declared =
    firstMeta(sources.tags, ['og:site_name', 'application-name', 'al:android:app_name']) ??
    text(sources.story?.node.data['publisher']) ??
    text(sources.jsonLd.find((node) => node.types.includes('WebSite'))?.data['name']);
  if (declared) return declared;
  return sources.url ? new URL(sources.url).hostname.replace(/^www\./, '') : null;
}

/** Drops " | Site" or " - Site" that pages append to their `<title>`. */
function withoutSiteName(title: string, site: string | null): string {
  const parts = title.split(/\s+[|\-–—:·]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!.toLowerCase();
  const isSite = site !== null && (last === site.toLowerCase() || site.toLowerCase().includes(last));
  return isSite ? parts.slice(0, -1).join(' - ') : title;
}

function findTitle(sources: PageSources, site: string | null): string | null {
  const declared =
    text(sources.story?.node.data['headline']) ??
    firstMeta(sources.tags, ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'headline']) ??
    text(sources.doc.querySelector('h1')?.textContent) ??
    text(sources.doc.title);
  return declared ? withoutSiteName(declared.replace(/\s+/g, ' ').trim(), site) : null;
}

function findLanguage(sources: PageSources): string | null {
  const raw =
    sources.doc.documentElement.getAttribute('lang') ??
    firstMeta(sources.tags, ['content-language', 'og:locale', 'dc.language', 'language', 'inlanguage']) ??
    text(sources.story?.node.data['inLanguage']);
  const tag = raw
    ?.trim()
    .split(/[,;\s]/)[0]
    ?.replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

/** Reads the article's metadata from sources already gathered (shared with the detector). */
export function metaFromSources(sources: PageSources): ArticleMeta {
  const language = findLanguage(sources);
  const monthFirst = /^en(-us)?$/i.test(language ?? '');
  const site = findSite(sources);
  return {
    title: findTitle(sources, site),
    site,
    byline: findByline(sources),
    published: findPublished(sources, monthFirst)?.value ?? null,
    modified: findModified(sources, monthFirst)?.value ?? null,
    language,
    url: sources.url,
  };
}

/**
 * Reads what a page says about itself: headline, site, byline, publication and update dates,
 * language and address, from JSON-LD, meta tags, microdata, `<time>`, the page's text and its URL.
 * Fields the page does not give are null. Never changes the document.
 */
export function readArticleMeta(doc: Document = document): ArticleMeta {
  return metaFromSources(readPageSources(doc));
}
