import { declaredByline, writtenByline } from './byline';
import { findArticleRoot } from './find-root';
import type { FoundDate } from './found-date';
import { firstMeta } from './meta-tags';
import { findModified, findPublished } from './page-dates';
import { readPageSources, type PageSources } from './page-sources';
import { findTitle, textOf } from './title';
import type { ArticleMeta } from './types';

function findSite(sources: PageSources): string | null {
  const declared =
    firstMeta(sources.tags, ['og:site_name', 'application-name', 'al:android:app_name']) ??
    textOf(sources.story?.node.data['publisher']) ??
    textOf(sources.jsonLd.find((node) => node.types.includes('WebSite'))?.data['name']);
  if (declared) return declared;
  return sources.url ? new URL(sources.url).hostname.replace(/^www\./, '') : null;
}

function findLanguage(sources: PageSources): string | null {
  const raw =
    // An empty lang="" says nothing, so it falls through like a missing one.
    sources.doc.documentElement.getAttribute('lang') ||
    firstMeta(sources.tags, ['content-language', 'og:locale', 'dc.language', 'language', 'inlanguage']) ||
    textOf(sources.story?.node.data['inLanguage']);
  const tag = raw
    ?.trim()
    .split(/[,;\s]/)[0]
    ?.replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

/** The metadata, with where the publication date was read (the detector reports it). */
export interface MetaReading {
  meta: ArticleMeta;
  published: FoundDate | null;
}

/** American English writes 03/05/2020 for March 5. */
const isMonthFirst = (language: string | null): boolean => /^en(-us)?$/i.test(language ?? '');

/**
 * The metadata: what the page declares (JSON-LD, meta tags), completed from its structure (headline,
 * written byline and dateline, `<time>`). `root` gives the story's container, asked for only when needed.
 */
export function metaFromSources(sources: PageSources, root: () => Element | null): MetaReading {
  const language = findLanguage(sources);
  const monthFirst = isMonthFirst(language);
  const site = findSite(sources);
  const title = findTitle(sources, site);
  const published = findPublished(sources, { monthFirst, title, root });
  const meta = {
    title,
    site,
    byline: declaredByline(sources, site) ?? writtenByline(sources.doc, site),
    published: published?.value ?? null,
    modified: findModified(sources, monthFirst)?.value ?? null,
    language,
    url: sources.url,
  };
  return { meta, published };
}

/**
 * Reads what a page says about itself: headline, site, byline, publication and update dates,
 * language and address, from JSON-LD, meta tags, microdata, `<time>`, the page's text and its URL.
 * Fields the page does not give are null. Never changes the document.
 */
export function readArticleMeta(doc: Document = document): ArticleMeta {
  return metaFromSources(readPageSources(doc), () => findArticleRoot(doc)).meta;
}
