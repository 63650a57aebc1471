import { formatDay } from './calendar';

/** What a page's address says about it. */
export interface UrlShape {
  /** A day written in the path (/2019/05/21/, /2019-05-21-, /20190521/), as YYYY-MM-DD. */
  day: string | null;
  /** A year and month in the path (/2019/04/), which story URLs have and section URLs do not. */
  hasMonth: boolean;
  /** One of the last two parts reads like a headline: three words or more joined by hyphens. */
  storySlug: boolean;
  /** A long number names the page (/615163.html, a-48850069, ?id=63258876): how news systems file stories. */
  storyId: boolean;
  /** The host or a path section is named for news (news.example.com, examplenews.com, /news/). */
  news: boolean;
  /** The address names a kind of page that is not a story ("tag", "video", "category"...), or the home page. */
  listing: string | null;
  /** A blog or a personal page (blog.example.com, /blog/, /@someone). */
  personal: string | null;
}

/** Path parts that name listings, media pages and other non-story pages across news sites. */
const LISTING = new Set(
  (
    'tag tags topic topics category categories section sections author authors search archive archives ' +
    'video videos av watch gallery galleries photos slideshow slideshows podcast podcasts schedule episodes ' +
    'recipe recipes product products shop store help about contact'
  ).split(' '),
);

/** Words that make a page a media page or a listing even inside a story-like slug. */
const MEDIA_WORDS = /(^|[-_])(podcasts?|slideshows?|galler(y|ies)|photogallery|episodes|schedule)([-_.]|$)/i;

function pathDay(path: string): string | null {
  const m =
    /\/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?=[/_.-]|$)/.exec(path) ??
    /[/_-]((?:19|20)\d\d)([01]\d)([0-3]\d)(?=[/_.-]|$)/.exec(path);
  return m ? formatDay(+m[1]!, +m[2]!, +m[3]!) : null;
}

function isStorySlug(segment: string): boolean {
  const name = segment.replace(/\.[a-z]{2,6}$/i, '');
  return name.split(/[-_+]+/).filter((word) => word.length > 1 && !/^\d+$/.test(word)).length >= 3;
}

/** A run of five digits or more that is not merely the date (20200413). */
function hasStoryId(path: string, query: string): boolean {
  const numbers = `${path} ${query}`.match(/\d{5,}/g) ?? [];
  return numbers.some((n) => !(n.length === 8 && pathDay(`/${n}`)));
}

function personalReason(url: URL, segments: string[]): string | null {
  if (/(^|[.-])blog|blog(spot)?\./i.test(url.hostname)) return 'blog host';
  if (segments.some((s) => /^blogs?$/i.test(s))) return 'blog path';
  if (segments.some((s) => /^[@~]/.test(s))) return 'personal page';
  return null;
}

function listingReason(segments: string[], looksLikeStory: boolean): string | null {
  if (segments.length === 0 && !looksLikeStory) return 'home page';
  for (const segment of segments.map((s) => s.toLowerCase())) {
    const word = LISTING.has(segment) ? segment : MEDIA_WORDS.exec(segment)?.[2];
    if (word) return `"${word}" page`;
  }
  if (!looksLikeStory && segments.length <= 2) return 'section address';
  return null;
}

/** Reads the signals in a page address; null for addresses that are not http(s). */
export function readUrlShape(href: string | null): UrlShape | null {
  if (!href || !URL.canParse(href)) return null;
  const url = new URL(href);
  if (!/^https?:$/.test(url.protocol)) return null;
  const segments = url.pathname.split('/').filter((s) => s && !/^index\.\w+$/i.test(s));
  // The headline may sit before a story number: /cannes-film-fest-tops-and-flops/a-48850069.
  const storySlug = segments.slice(-2).some(isStorySlug);
  const storyId = hasStoryId(url.pathname, url.search);
  return {
    day: pathDay(url.pathname),
    hasMonth: /\/(19|20)\d\d\/[01]?\d\//.test(url.pathname),
    storySlug,
    storyId,
    news: /news/i.test(url.hostname) || segments.some((s) => /^news$/i.test(s)),
    listing: listingReason(segments, storySlug || storyId),
    personal: personalReason(url, segments),
  };
}
