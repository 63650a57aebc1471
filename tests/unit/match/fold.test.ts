import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldMarks, foldMarksInText, foldWord } from '../../../lib/match/fold';

describe('folding', () => {
  test('words lose diacritics and case; compatibility forms are unified', () => {
    expect(foldWord('Peshāwar')).toBe('peshawar');
    expect(foldWord('ﬁnance')).toBe('finance');
    expect(foldMarks('Peshāwar')).toBe('Peshawar');
  });

  test('a whole page folded run by run equals the page folded at once', () => {
    const pieces = ['Peshāwar ', 'Ṭālibān', ' ', '’s ', 'e\u0301', '\u0301', 'ﬁ', 'Ａ', 'abc', '. ', 'ß', '한국', '🙂'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme' })), { maxLength: 20 }),
        (parts) => {
          const text = parts.join('');
          expect(foldMarksInText(text)).toBe(foldMarks(text));
        },
      ),
    );
  });
});
