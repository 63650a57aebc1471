/** What a page says about itself: each field is null when the page does not say. */
export interface ArticleMeta {
  /** The headline, without the site's name appended to it. */
  title: string | null;
  /** The publication's name (`og:site_name`, the JSON-LD publisher), else the host name. */
  site: string | null;
  /** The authors as the page names them, e.g. "Jane Doe and John Roe". */
  byline: string | null;
  /**
   * When the story was first published: ISO 8601 as found (keeping the page's offset, so the first
   * ten characters are the day where it was published), or YYYY-MM-DD when only a day is known.
   */
  published: string | null;
  /** When the story was last updated, in the same form as `published`. */
  modified: string | null;
  /** The page's language as a BCP 47 tag ("en", "pt-BR"). */
  language: string | null;
  /** The page's canonical address. */
  url: string | null;
}

/** The verdict on a page, with what it is based on. */
export interface ArticleDetection {
  /** Whether the page is a news article (not a blog post, how-to, section front, product page...). */
  isArticle: boolean;
  /** The element holding the story's text, when the page has one (also for pages judged not news). */
  root: Element | null;
  meta: ArticleMeta;
  /** Short human-readable reasons for the verdict, strongest first ("schema NewsArticle", "no date"). */
  reasons: string[];
}
