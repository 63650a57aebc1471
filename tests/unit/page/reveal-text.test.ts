import { describe, expect, test } from 'vitest';
import { collectTextBlocks } from '../../../lib/highlight/collect-text';
import { createMentionWalker, rangeOfText } from '../../../lib/page/reveal-mentions';

const textOf = (range: AbstractRange) => {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
};

describe('a sentence the timeline quotes is found in the page by its offsets', () => {
  const html = `<article><p>Officials met in Kabul on Wednesday.</p>
    <p>Gunmen stormed the <a href="/k">Karachi police office</a> last Friday. Four people died.</p></article>`;

  test('offsets in the blocks joined by newlines map to the sentence, across inline elements', () => {
    document.body.innerHTML = html;
    const blocks = collectTextBlocks(document.body);
    const text = blocks.map((block) => block.text).join('\n');
    const sentence = 'Gunmen stormed the Karachi police office last Friday.';
    const start = text.indexOf(sentence);
    const range = rangeOfText(blocks, start, start + sentence.length)!;
    expect(textOf(range)).toBe(sentence);
  });

  test('offsets outside the text, reversed or not whole numbers give nothing', () => {
    document.body.innerHTML = html;
    const blocks = collectTextBlocks(document.body);
    expect(rangeOfText(blocks, 10_000, 10_010)).toBeNull();
    expect(rangeOfText(blocks, 20, 10)).toBeNull();
    expect(rangeOfText(blocks, 1.5, 10)).toBeNull();
    expect(rangeOfText(blocks, -1, 10)).toBeNull();
  });

  test('revealing it marks it, changes nothing in the page, and leaves a way back', () => {
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const blocks = collectTextBlocks(document.body);
    const registry = new Map() as unknown as HighlightRegistry;
    const walker = createMentionWalker({ win: window, registry, marks: () => [], blocks: () => blocks });
    expect(walker.revealText(0, 8)).toBe(true);
    expect(textOf([...registry.get('bs-flash')!][0] as AbstractRange)).toBe('Official');
    expect(document.body.innerHTML).toBe(before);
    expect(walker.returnToReading()).toBe(true);
    expect(walker.revealText(5000, 5008)).toBe(false);
  });
});
