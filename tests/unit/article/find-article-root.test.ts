import { describe, expect, test } from 'vitest';
import { findArticleRoot } from '../../../lib/article';
import { STORY, chrome, page, parsePage, storyParagraphs } from './pages';

describe('findArticleRoot finds the element holding the story', () => {
  test('takes in a story split by advertisements into several containers', () => {
    const half = Math.ceil(STORY.length / 2);
    const chunk = (texts: string[]) => `<div class="column">${texts.map((t) => `<p>${t}</p>`).join('')}</div>`;
    const doc = parsePage(
      page(
        '',
        chrome(
          `<section id="story">${chunk(STORY.slice(0, half))}<div class="ad">Advertisement</div>${chunk(
            STORY.slice(half),
          )}</section>`,
        ),
      ),
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  test('passes over teasers (paragraphs inside links) and footers', () => {
    const teasers = STORY.map((t) => `<a href="/other"><p>${t}</p></a>`).join('');
    const doc = parsePage(
      page('', chrome(`<div id="teasers">${teasers}</div><div id="story">${storyParagraphs(4)}</div>`)),
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  test('finds stories set as text and line breaks, without paragraphs', () => {
    const doc = parsePage(page('', chrome(`<div id="story">${STORY.join('<br><br>')}</div>`)));
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  test('gives null for a page without a run of text', () => {
    expect(findArticleRoot(parsePage(page('', '<nav><a href="/">Home</a></nav><p>Short.</p>')))).toBeNull();
  });
});
