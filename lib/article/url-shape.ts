import { formatDay } from './parse-date';

/** What a page's address says about it. */
export interface UrlShape {
  /** A day written in the path (/2019/05/21/, /2019-05-21-), as YYYY-MM-DD. */
  day: string | null;
  /** A year and month in the path (/2019/04/), which story URLs have and section URLs do not. */
  hasMonth: boolean;
  /** The last part reads like a story: several words joined by hyphens, or a long id. */
  storySlug: boolean;
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

function pathDay(path: string): string | null {
  const m = /\/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?=[/_-]|\.|$)/.exec(path);
  return m ? formatDay(+m[1]!, +m[2]!, +m[3]!) : null;
}

function isStorySlug(segment: string, query: string): boolean {
  const name = segment.replace(/\.[a-z]{2,6}$/i, '');
  const words = name.split(/[-_+]+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= 3 || /\d{5,}/.test(name) || /[?&][\w-]+=\d{5,}/.test(query);
}

function personalReason(url: URL, segments: string[]): string | null {
  if (/(^|[.-])blog|blog(spot)?\./i.test(url.hostname)) return 'blog host';
  if (segments.some((s) => /^blogs?$/i.test(s))) return 'blog path';
  if (segments.some((s) => /^[@~]/.test(s))) return 'personal page';
  return null;
}

function listingReason(segments: string[], storySlug: boolean, query: string): string | null {
  if (segments.length === 0 && !/\d{4,}/.test(query)) return 'home page';
  const named = segments.find((s) => LISTING.has(s.toLowerCase()));
  if (named) return `"${named}" page`;
  if (!storySlug && segments.length <= 2) return 'section address';
  return null;
}

/** Reads the signals in a page address; null for addresses that are not http(s). */
export function readUrlShape(href: string | null): UrlShape | null {
  if (!href || !URL.canParse(href)) return null;
  const url = new URL(href);
  if (!/^https?:$/.test(url.protocol)) return null;
  const segments = url.pathname.split('/').filter((s) => s && !/^index\.\w+$/i.test(s));
  const last = segments[segments.length - 1] ?? '';
  const storySlug = last !== '' && isStorySlug(last, url.search);
  return {
    day: pathDay(url.pathname),
    hasMonth: /\/(19|20)\d\d\/[01]?\d\//.test(url.pathname),
    storySlug,
    listing: listingReason(segments, storySlug, url.search),
    personal: personalReason(url, segments),
  };
}
