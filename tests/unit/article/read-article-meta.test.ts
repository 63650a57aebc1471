// @vitest-environment-options { "url": "https://news.example/world/torkham-crossing-reopens-after-closure" }
import { describe, expect, test } from 'vitest';
import { readArticleMeta, type ArticleMeta } from '../../../lib/article';
import { chrome, jsonLd, page, parsePage, storyParagraphs } from './pages';

const body = (extra = '') =>
  chrome(`<article><h1>Torkham crossing reopens after nine-day closure</h1>${extra}${storyParagraphs()}</article>`);

/** What a reader sees in the briefing's header, read from the sources pages use. */
const CASES: { name: string; html: string; expected: Partial<ArticleMeta> }[] = [
  {
    name: 'keeps the offset of a timestamp, so the day is the local day (5 March, not 6 March UTC)',
    html: page(`<meta property="article:published_time" content="2020-03-05T23:30:00-05:00">`, body()),
    expected: { published: '2020-03-05T23:30:00-05:00' },
  },
  {
    name: 'prefers datePublished to dateModified, and JSON-LD to meta tags and text',
    html: page(
      jsonLd({ '@type': 'NewsArticle', dateModified: '2020-03-07T08:00:00Z', datePublished: '2020-03-05T09:00:00Z' }) +
        `<meta property="article:published_time" content="2020-03-04T09:00:00Z">`,
      body('<p class="dateline">Updated 7 March 2020</p>'),
    ),
    expected: { published: '2020-03-05T09:00:00Z', modified: '2020-03-07T08:00:00Z' },
  },
  {
    name: 'reads microdata and Parse.ly-style meta names',
    html: page(
      `<meta name="parsely-pub-date" content="2020-03-05T09:00:00+05:00">`,
      body('<span itemprop="dateModified" content="2020-03-06">6 March</span>'),
    ),
    expected: { published: '2020-03-05T09:00:00+05:00', modified: '2020-03-06' },
  },
  {
    name: 'falls back to <time datetime>, then to a date written by the headline',
    html: page('', body('<div class="meta">Published 5 March 2020, 10:14</div>')),
    expected: { published: '2020-03-05' },
  },
  {
    name: 'takes the day a UTC timestamp near midnight was in the page’s own zone, as its address shows',
    html: page(
      `<link rel="canonical" href="https://news.example/2020/03/05/torkham-reopens">
       <meta property="article:published_time" content="2020-03-06T03:30:00Z">`,
      body(),
    ),
    expected: { published: '2020-03-05' },
  },
  {
    name: 'reads headline, site, authors and language from JSON-LD and Open Graph',
    html: page(
      `<meta property="og:site_name" content="The Frontier Courier"><meta property="og:locale" content="en_GB">` +
        jsonLd({
          '@type': 'NewsArticle',
          headline: 'Torkham crossing reopens',
          author: [
            { '@type': 'Person', name: 'Amina Khan' },
            { '@type': 'Person', name: 'Tom Reed' },
          ],
        }),
      body(),
      '',
    ),
    expected: {
      title: 'Torkham crossing reopens',
      site: 'The Frontier Courier',
      byline: 'Amina Khan, Tom Reed',
      language: 'en-GB',
    },
  },
  {
    name: 'drops the site name and date a page appends to its <title>',
    html: page(
      '<title>Torkham crossing reopens | 05.03.2020 | The Frontier Courier</title><meta property="og:site_name" content="The Frontier Courier">',
      body(),
    ),
    expected: { title: 'Torkham crossing reopens', published: '2020-03-05' },
  },
  {
    name: 'does not take the site’s name for a byline, and finds the written one',
    html: page(
      `<meta property="og:site_name" content="Frontier Courier"><meta name="author" content="Frontier Courier">`,
      body('<p class="byline">By Amina Khan</p>'),
    ),
    expected: { byline: 'Amina Khan' },
  },
  {
    name: 'reads the canonical address, resolved against the page',
    html: page('<link rel="canonical" href="/world/2020/03/05/torkham-reopens">', body()),
    expected: { url: 'https://news.example/world/2020/03/05/torkham-reopens' },
  },
  {
    name: 'gives null for what the page does not say',
    html: page('', '<p>Short text.</p>', ''),
    expected: { published: null, modified: null, byline: null, language: null },
  },
];

describe('readArticleMeta', () => {
  test.each(CASES)('$name', ({ html, expected }) => {
    expect(readArticleMeta(parsePage(html))).toMatchObject(expected);
  });
});
