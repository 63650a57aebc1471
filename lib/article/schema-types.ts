import type { JsonLdNode } from './json-ld';

/** What a schema.org type says about the page it describes. */
export type SchemaKind = 'news' | 'article' | 'blog' | 'not-article' | 'neutral';

/** NewsArticle and its subtypes; LiveBlogPosting is how news sites mark their live coverage. */
const NEWS = new Set([
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
]);

/** Kinds of writing that are not news even when dated and long. */
const BLOG = new Set([
  'BlogPosting',
  'Blog',
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'TechArticle',
  'ScholarlyArticle',
  'SatiricalArticle',
]);

const ARTICLE = new Set(['Article', 'Report']);

/** Main types of pages that are not stories: shops, recipes, guides, listings, profiles, media pages. */
const NOT_ARTICLE = new Set([
  'Product',
  'ProductGroup',
  'Offer',
  'Recipe',
  'HowTo',
  'FAQPage',
  'QAPage',
  'CollectionPage',
  'SearchResultsPage',
  'ProfilePage',
  'Course',
  'SoftwareApplication',
  'Book',
  'Movie',
  'MusicRecording',
  'Event',
  'JobPosting',
  'RealEstateListing',
]);

/** Classifies one schema.org type name. */
export function schemaKind(type: string): SchemaKind {
  if (NEWS.has(type)) return 'news';
  if (ARTICLE.has(type)) return 'article';
  if (BLOG.has(type)) return 'blog';
  if (NOT_ARTICLE.has(type)) return 'not-article';
  return 'neutral';
}

const RANK: Record<SchemaKind, number> = { news: 4, blog: 3, 'not-article': 2, article: 1, neutral: 0 };

/** The node that describes the page's own story: the most telling article-like node, first one on ties. */
export function mainStoryNode(nodes: JsonLdNode[]): { node: JsonLdNode; kind: SchemaKind } | null {
  let best: { node: JsonLdNode; kind: SchemaKind } | null = null;
  for (const node of nodes) {
    for (const type of node.types) {
      const kind = schemaKind(type);
      if (kind === 'news' || kind === 'article' || kind === 'blog') {
        if (!best || RANK[kind] > RANK[best.kind]) best = { node, kind };
      }
    }
  }
  return best;
}
