import { describe, expect, test } from 'vitest';
import { checkRequest, originOf } from '../../../lib/background/listen';

const ID = 'ourextensionid';
const ORIGIN = `chrome-extension://${ID}/`;

describe('who sent a message', () => {
  test.each([
    ['our content script in a tab', { id: ID, tab: { id: 3 }, frameId: 0, url: 'https://news.example/story' }, 'page'],
    ['our side panel', { id: ID, url: `${ORIGIN}sidepanel.html` }, 'extension'],
    [
      'our side panel opened as a tab',
      { id: ID, tab: { id: 4 }, frameId: 0, url: `${ORIGIN}sidepanel.html` },
      'extension',
    ],
    ['another extension', { id: 'someoneelse', url: 'chrome-extension://someoneelse/x.html' }, null],
    ['nobody we know', { url: 'https://evil.example/' }, null],
  ])('%s', (_name, sender, origin) => {
    expect(originOf(sender as never, ID, ORIGIN)).toBe(origin);
  });
});

const article = { title: 'T', site: null, byline: null, published: null, modified: null, language: 'en', url: null };

describe('checking a request', () => {
  test('a well-formed scan from a page passes, unchanged', () => {
    const data = { url: 'https://x/', isArticle: true, article, blocks: ['TTP'] };
    expect(checkRequest('scanPage', data, 'page')).toEqual(data);
  });

  test.each([
    [
      'from a stranger',
      'scanPage',
      { url: 'x', isArticle: true, article: null, blocks: [] },
      null,
      /answers only its own/,
    ],
    ['a page asking for the reader glossary', 'exportGlossary', undefined, 'page', /not allowed from a page/],
    ['a page importing a pack', 'importGlossary', { text: '{}' }, 'page', /not allowed from a page/],
    [
      'an extension page posing as a page scan',
      'scanPage',
      { url: 'x', isArticle: true, article: null, blocks: [] },
      'extension',
      /not allowed/,
    ],
    [
      'blocks that are not text',
      'scanPage',
      { url: 'x', isArticle: true, article: null, blocks: 42 },
      'page',
      /blocks/,
    ],
    [
      'a number where text belongs',
      'scanPage',
      { url: 'x', isArticle: true, article: null, blocks: [1, 2] },
      'page',
      /blocks\.0/,
    ],
    ['a missing field', 'getTabReport', {}, 'extension', /tabId/],
    ['a fractional tab id', 'getTabReport', { tabId: 1.5 }, 'extension', /tabId/],
    [
      'an oversized page',
      'scanPage',
      { url: 'x', isArticle: true, article: null, blocks: ['x'.repeat(21_000_000)] },
      'page',
      /page too large/,
    ],
    ['a bad entry id', 'openBriefing', { entryId: '<img src=x>' }, 'page', /entryId/],
  ] as const)('refuses %s with an error that says why', (_name, type, data, origin, error) => {
    expect(() => checkRequest(type, data, origin)).toThrow(error);
  });
});
