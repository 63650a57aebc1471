// @vitest-environment-options { "url": "https://news.example/world/torkham-crossing-reopens-after-closure" }
// The page's own address, as the content script sees it; pages that declare another (canonical link,
// og:url) are read at that one.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../../lib/article';
import { chrome, jsonLd, page, parsePage, storyParagraphs } from './pages';

const story = (extra = '') =>
  chrome(`<article><h1>Torkham crossing reopens after nine-day closure</h1>${extra}
    <div class="story-body">${storyParagraphs()}</div></article>`);

const canonical = (href: string) => `<link rel="canonical" href="${href}">`;
const STORY_URL = 'https://news.example/world/2020/03/05/torkham-crossing-reopens';

/** Pages a reader would call news, and pages a reader would not. */
const CASES: { name: string; html: string; isArticle: boolean }[] = [
  {
    name: 'a NewsArticle inside a JSON-LD @graph',
    html: page(
      canonical(STORY_URL) +
        jsonLd({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'The Frontier Courier' },
            {
              '@type': 'NewsArticle',
              headline: 'Torkham crossing reopens',
              datePublished: '2020-03-05T09:00:00+05:00',
            },
          ],
        }),
      story(),
    ),
    isArticle: true,
  },
  {
    name: 'a news subtype given in a @type array',
    html: page(
      jsonLd([
        { '@type': ['Article', 'ReportageNewsArticle'], datePublished: '2020-03-05', author: { name: 'A. Khan' } },
      ]),
      story(),
    ),
    isArticle: true,
  },
  {
    name: 'a story marked up with Open Graph and article: tags only',
    html: page(
      `<meta property="og:type" content="article"><meta property="og:url" content="${STORY_URL}">
       <meta property="article:published_time" content="2020-03-05T09:00:00+05:00">`,
      story(),
    ),
    isArticle: true,
  },
  {
    name: 'a story whose JSON-LD is broken (raw line breaks, trailing commas, CDATA)',
    html: page(
      canonical(STORY_URL) +
        jsonLd(
          '<![CDATA[ {"@type": "NewsArticle", "headline": "Torkham\ncrossing reopens", "datePublished": "2020-03-05",} ]]>',
        ),
      story(),
    ),
    isArticle: true,
  },
  {
    name: 'a page with no metadata but a headline, byline, dateline and long text in an <article>',
    html: page(
      '<title>Torkham crossing reopens</title>',
      chrome(`<article><h1>Torkham crossing reopens after nine-day closure</h1>
        <p class="byline">By Amina Khan</p><time datetime="2020-03-05">5 March 2020</time>
        <p>PESHAWAR — ${storyParagraphs(1).slice(3)}${storyParagraphs().slice(storyParagraphs(1).length)}</article>`),
    ),
    isArticle: true,
  },
  {
    name: 'a blog post',
    html: page(
      `${canonical('https://example.dev/blog/profiling-node-in-production')}<meta property="og:type" content="article">` +
        jsonLd({ '@type': 'BlogPosting', datePublished: '2020-03-05', author: { '@type': 'Person', name: 'Sam Lee' } }),
      story(),
    ),
    isArticle: false,
  },
  {
    name: 'a section front',
    html: page(
      `${canonical('https://news.example/world/')}<meta property="og:type" content="website">`,
      chrome(
        `<h1>World</h1><ul>${Array.from(
          { length: 12 },
          (_, i) => `<li><a href="/world/2020/03/0${(i % 9) + 1}/story-${i}"><h3>Headline number ${i}</h3>
          <p>A teaser paragraph that sums up the story in a sentence or two for readers scanning the page.</p></a></li>`,
        ).join('')}</ul>`,
      ),
    ),
    isArticle: false,
  },
  {
    name: 'a product page',
    html: page(
      `${canonical('https://shop.example/products/trail-backpack-30l')}<meta property="og:type" content="product">` +
        jsonLd({ '@type': 'Product', name: 'Trail backpack 30 l', offers: { '@type': 'Offer', price: '89.00' } }),
      chrome(`<h1>Trail backpack 30 l</h1>${storyParagraphs(3)}<button>Add to basket</button>`),
    ),
    isArticle: false,
  },
  {
    name: 'a how-to guide',
    html: page(
      `<meta property="og:type" content="article"><meta property="og:title" content="How to Build a Terrarium">
       <meta name="publishdate" content="2020-03-05">` + jsonLd({ '@type': 'HowTo', name: 'How to Build a Terrarium' }),
      chrome(`<article><h1>How to Build a Terrarium</h1><ol><li>Choose a jar.</li><li>Add gravel.</li></ol>
        ${storyParagraphs(5)}</article>`),
    ),
    isArticle: false,
  },
  {
    name: 'a test fixture: a few paragraphs and nothing else',
    html: page('<title>Test</title>', storyParagraphs(3)),
    isArticle: false,
  },
];

describe('detectArticle tells news articles from other pages', () => {
  test.each(CASES)('$name', ({ html, isArticle }) => {
    const detection = detectArticle(parsePage(html));
    expect(detection.isArticle, detection.reasons.join('; ')).toBe(isArticle);
    expect(detection.reasons.length).toBeGreaterThan(1);
  });

  test.each(CASES)('leaves the page exactly as it was: $name', ({ html }) => {
    const doc = parsePage(html);
    const before = doc.documentElement.outerHTML;
    detectArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('finds the element holding the story, not the page around it', () => {
    const detection = detectArticle(parsePage(CASES[0]!.html));
    expect(detection.root?.className).toBe('story-body');
  });

  test('reads the metadata of an article it accepts', () => {
    const { meta } = detectArticle(parsePage(CASES[0]!.html));
    expect(meta).toMatchObject({ title: 'Torkham crossing reopens', published: '2020-03-05T09:00:00+05:00' });
    expect(meta.url).toBe(STORY_URL);
  });
});
