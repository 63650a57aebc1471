import { readJsonLd, type JsonLdNode } from './json-ld';
import { readMetaTags, firstMeta, type MetaTags } from './meta-tags';
import { mainStoryNode, type SchemaKind } from './schema-types';

/** What a page declares about itself, read once and shared by the metadata readers and the detector. */
export interface PageSources {
  doc: Document;
  tags: MetaTags;
  jsonLd: JsonLdNode[];
  /** The JSON-LD node describing the page's own story, if any. */
  story: { node: JsonLdNode; kind: SchemaKind } | null;
  /** The page's canonical address (canonical link, og:url, else the document's own http(s) URL). */
  url: string | null;
}

/** `href` made absolute against the page's address, when it is an http(s) address; else null. */
function absolute(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function canonicalUrl(doc: Document, tags: MetaTags): string | null {
  const own = absolute(doc.URL, undefined);
  const declared =
    absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), own ?? undefined) ??
    absolute(firstMeta(tags, ['og:url', 'twitter:url']), own ?? undefined);
  // A canonical link pointing to the home page is a template default, not the story's address.
  if (declared && own && new URL(declared).pathname === '/' && new URL(own).pathname !== '/') return own;
  return declared ?? own;
}

/** Reads meta tags, JSON-LD and the address: the cheap part of detection, which never walks the body. */
export function readPageSources(doc: Document): PageSources {
  const tags = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  return { doc, tags, jsonLd, story: mainStoryNode(jsonLd), url: canonicalUrl(doc, tags) };
}
