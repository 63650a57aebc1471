import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/timeline';

describe('splitSentences', () => {
  it.each([
    ['Talks began. They ended late.', ['Talks began.', 'They ended late.']],
    [
      'Was it planned? Nobody knows! Officials declined to comment.',
      ['Was it planned?', 'Nobody knows!', 'Officials declined to comment.'],
    ],
    ['“The remarks are untrue.” The ministry said so.', ['“The remarks are untrue.”', 'The ministry said so.']],
    ['He said the remarks “are untrue.” Then he left.', ['He said the remarks “are untrue.”', 'Then he left.']],
    ['Gen. Asim Munir met Mr. Baradar in Kabul.', ['Gen. Asim Munir met Mr. Baradar in Kabul.']],
    ['U.S. President Joe Biden spoke. He left.', ['U.S. President Joe Biden spoke.', 'He left.']],
    ['A. Q. Khan died in 2021.', ['A. Q. Khan died in 2021.']],
    ['The attack came on Feb. 17 in Karachi.', ['The attack came on Feb. 17 in Karachi.']],
    ['Headline Without A Stop\nThe story starts here.', ['Headline Without A Stop', 'The story starts here.']],
    ['  Spaces around.  \n\n  Next one.  ', ['Spaces around.', 'Next one.']],
    ['', []],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual(expected);
  });

  it('gives offsets that point back at each sentence in the text', () => {
    const text = 'Asia Pacific\n\nTalks began. “They failed,” he said.\nRelated Articles';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(splitSentences(text)).toHaveLength(4);
  });
});
