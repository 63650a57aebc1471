import { describe, expect, test } from 'vitest';
import { readUrlShape } from '../../../lib/article/url-shape';

describe('readUrlShape reads what an address says about a page', () => {
  test.each([
    ['https://news.example/world/2019/05/21/sea-levels-rise-faster', { day: '2019-05-21', storySlug: true }],
    ['https://news.example/news/20200413/second-suspect-turns-himself-in', { day: '2020-04-13', storyId: false }],
    ['https://www.example.com/en/cannes-film-fest-tops-and-flops/a-48850069', { storySlug: true, storyId: true }],
    ['https://example.am/arm/news/615163.html', { storyId: true, news: true, listing: null }],
    ['https://news.example/story?id=63258876', { storyId: true, listing: null }],
  ])('%s is a story address', (href, expected) => {
    expect(readUrlShape(href)).toMatchObject(expected);
  });

  test.each([
    ['https://news.example/', 'home page'],
    ['https://news.example/world/', 'section address'],
    ['https://news.example/section/health', '"section" page'],
    ['https://news.example/topics/russia-investigation', '"topics" page'],
    ['https://news.example/video/inside-the-assignment-crew-faces-accusations/', '"video" page'],
    ['https://news.example/former-chairman-paul-slideshow-wp-154358504.html', '"slideshow" page'],
  ])('%s is a listing or media page', (href, listing) => {
    expect(readUrlShape(href)?.listing).toBe(listing);
  });

  test.each([
    ['https://engineering.example/blog/content-depth-for-seo', 'blog path'],
    ['https://android-developers.exampleblog.com/2016/12/saving-data.html', 'blog host'],
    ['https://writing.example/@pippinlee/the-open-journalism-project-fb39f4f701bb', 'personal page'],
  ])('%s is a blog or personal page', (href, personal) => {
    expect(readUrlShape(href)?.personal).toBe(personal);
  });

  test('has nothing to say about pages without an http(s) address', () => {
    expect(readUrlShape(null)).toBeNull();
    expect(readUrlShape('about:blank')).toBeNull();
  });
});
