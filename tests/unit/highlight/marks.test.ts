import { beforeEach, describe, expect, test } from 'vitest';
import { collectTextBlocks } from '../../../lib/highlight/collect-text';
import { createMarkIndex } from '../../../lib/highlight/mark-index';
import { createMarks, type BlockMatch } from '../../../lib/highlight/marks';
import { clearHighlights, highlightName, paintMarks } from '../../../lib/highlight/paint';

function rangeText(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

describe('marks', () => {
  beforeEach(() => clearHighlights());

  test('a range covers exactly its term, across inline elements', () => {
    document.body.innerHTML = '<p>Deputy PM Abdul Ghani <a href="/x">Baradar</a> met the <b>TTP</b>.</p>';
    const blocks = collectTextBlocks(document.body);
    const text = blocks[0]!.text;
    const matches: BlockMatch[] = [
      [0, text.indexOf('Abdul'), text.indexOf(' met'), 'baradar'],
      [0, text.indexOf('TTP'), text.indexOf('TTP') + 3, 'ttp'],
    ];
    const marks = createMarks(blocks, matches);
    expect(marks.map((mark) => rangeText(mark.range))).toEqual(['Abdul Ghani Baradar', 'TTP']);
    expect(marks[1]!.range.startContainer.parentElement?.tagName).toBe('B');
  });

  test('flags the first mention of each entry', () => {
    document.body.innerHTML = '<p>TTP and TTP and ISKP</p>';
    const blocks = collectTextBlocks(document.body);
    const marks = createMarks(blocks, [
      [0, 0, 3, 'ttp'],
      [0, 8, 11, 'ttp'],
      [0, 16, 20, 'iskp'],
    ]);
    expect(marks.map((mark) => mark.first)).toEqual([true, false, true]);
  });

  test('ignores matches that do not fit the page (a page that changed meanwhile)', () => {
    document.body.innerHTML = '<p>TTP</p>';
    const blocks = collectTextBlocks(document.body);
    expect(
      createMarks(blocks, [
        [0, 0, 30, 'ttp'],
        [4, 0, 3, 'ttp'],
      ]),
    ).toEqual([]);
  });

  test('the index finds the mark under a caret position, in any of its nodes', () => {
    document.body.innerHTML = '<p>Abdul Ghani <a>Baradar</a> and the TTP</p>';
    const blocks = collectTextBlocks(document.body);
    const marks = createMarks(blocks, [
      [0, 0, 19, 'baradar'],
      [0, 28, 31, 'ttp'],
    ]);
    const index = createMarkIndex(blocks, marks);
    const [first, link, last] = blocks[0]!.nodes;
    expect(index.at(first!, 3)?.entryId).toBe('baradar');
    expect(index.at(link!, 2)?.entryId).toBe('baradar');
    expect(index.at(last!, 10)?.entryId).toBe('ttp');
    expect(index.at(last!, 2)).toBeNull();
  });

  test('painting registers one bs- highlight and clearing removes it', () => {
    document.body.innerHTML = '<p>TTP</p>';
    const blocks = collectTextBlocks(document.body);
    paintMarks(createMarks(blocks, [[0, 0, 3, 'ttp']]), 'dotted');
    expect(CSS.highlights.get(highlightName('dotted'))?.size).toBe(1);
    paintMarks(createMarks(blocks, [[0, 0, 3, 'ttp']]), 'solid');
    expect([...CSS.highlights.keys()]).toEqual([highlightName('solid')]);
    clearHighlights();
    expect(CSS.highlights.size).toBe(0);
  });
});
