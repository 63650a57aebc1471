import { describe, expect, test } from 'vitest';
import { parseJsonLd, readJsonLd } from '../../../lib/article/json-ld';
import { mainStoryNode } from '../../../lib/article/schema-types';
import { jsonLd, page, parsePage } from './pages';

describe('parseJsonLd tolerates the ways pages break JSON-LD', () => {
  test.each([
    ['wrapped in CDATA', '<![CDATA[ {"@type": "NewsArticle"} ]]>'],
    ['wrapped in an HTML comment', '<!-- {"@type": "NewsArticle"} -->'],
    ['with a raw line break inside a string', '{"@type": "NewsArticle", "headline": "Two\nlines"}'],
    ['with trailing commas and a semicolon', '{"@type": "NewsArticle", "about": ["a", "b",],};'],
  ])('%s', (_, text) => {
    expect(parseJsonLd(text)).toMatchObject({ '@type': 'NewsArticle' });
  });

  test('keeps the plain fields of JSON-LD that will not parse at all', () => {
    const text = '{"@type": "NewsArticle", "datePublished": "2020-03-05", "author": {"name": "A" "B"}}';
    expect(parseJsonLd(text)).toEqual({ '@type': 'NewsArticle', datePublished: '2020-03-05' });
  });

  test('gives undefined for text with nothing to read', () => {
    expect(parseJsonLd('not json')).toBeUndefined();
  });
});

describe('readJsonLd finds the nodes a page declares about itself', () => {
  test('follows @graph, arrays and mainEntity, and reads @type arrays and full type URLs', () => {
    const doc = parsePage(
      page(
        jsonLd([
          { '@graph': [{ '@type': 'WebSite' }, { '@type': ['Article', 'http://schema.org/AnalysisNewsArticle'] }] },
          { '@type': 'WebPage', mainEntity: { '@type': 'Person' } },
        ]),
        '',
      ),
    );
    expect(readJsonLd(doc).map((node) => node.types)).toEqual([
      ['WebSite'],
      ['Article', 'AnalysisNewsArticle'],
      ['WebPage'],
      ['Person'],
    ]);
    expect(mainStoryNode(readJsonLd(doc))?.kind).toBe('news');
  });

  test('does not take the stories a section front lists for its own', () => {
    const doc = parsePage(
      page(
        jsonLd({
          '@type': 'ItemList',
          itemListElement: [{ '@type': 'ListItem', item: { '@type': 'NewsArticle', headline: 'Another story' } }],
        }),
        '',
      ),
    );
    expect(mainStoryNode(readJsonLd(doc))).toBeNull();
  });
});
