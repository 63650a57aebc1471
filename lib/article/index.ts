// News-article detection: whether a page is a news article, where its text is, and what it says about itself.
export type { ArticleDetection, ArticleMeta } from './types';
export { detectArticle } from './detect';
export { readArticleMeta } from './read-meta';
export { findArticleRoot } from './find-root';
