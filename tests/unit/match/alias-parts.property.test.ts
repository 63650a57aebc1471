import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasParts, firstWordKey } from '../../../lib/match/alias-parts';
import { foldWord } from '../../../lib/match/fold';
import { gapKey, tokenize } from '../../../lib/match/tokenize';

/** What the index read from an alias before its ASCII fast path: tokenize, then gapKey between words. */
function reference(text: string) {
  const tokens = tokenize(text);
  return {
    words: tokens.map((token) => token.text),
    gaps: tokens.slice(1).map((token, i) => gapKey(text.slice(tokens[i]!.end, token.start)) ?? ''),
  };
}

const piece = fc.constantFrom(
  'TTP',
  'Taliban',
  'e',
  '9',
  '11',
  'OPEC',
  '_x',
  '+',
  ' ',
  '  ',
  '-',
  '.',
  '/',
  '&',
  ',',
  "'",
  '\t',
  'é',
  '\u00a0',
);
const alias = fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join(''));

describe('aliasParts', () => {
  it('reads every alias as tokenize and gapKey do, ASCII or not', () => {
    fc.assert(
      fc.property(alias, (text) => {
        const { words, gaps } = aliasParts(text);
        expect({ words, gaps }).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('files every alias under its first word as the matcher folds it', () => {
    fc.assert(
      fc.property(alias, (text) => {
        const first = tokenize(text)[0];
        expect(firstWordKey(text)).toBe(first ? foldWord(first.text) : null);
      }),
      { numRuns: 2000 },
    );
  });
});
