import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseRuleOf } from '../../../lib/match/case-rule';

/** The rule as first written with regular expressions; caseRuleOf now reads ASCII by character code. */
function reference(text: string): 'exact' | 'proper' {
  if (!/\p{Lu}/u.test(text)) return 'proper';
  if (!/\p{Ll}/u.test(text)) return 'exact';
  const mixed = text
    .split(/[\s-]+/)
    .some((word) => word.length <= 5 && /^.+\p{Lu}/u.test(word) && /\p{Ll}/u.test(word));
  return mixed ? 'exact' : 'proper';
}

const piece = fc.constantFrom(
  'L',
  'e',
  'T',
  'Ph',
  'D',
  'Jem',
  'Islamic',
  'State',
  ' ',
  '-',
  '  ',
  '\t',
  'É',
  'ü',
  '7',
  '.',
);
const alias = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));

describe('caseRuleOf', () => {
  it('gives what the regular-expression rule gave, for any alias', () => {
    fc.assert(
      fc.property(alias, (text) => {
        expect(caseRuleOf(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps acronyms and mixed-case short forms exact, names proper', () => {
    expect(['TTP', 'LeT', 'JeM', 'PhD', 'IS-K', 'Islamic State', 'Lashkar-e-Taiba'].map((a) => caseRuleOf(a))).toEqual([
      'exact',
      'exact',
      'exact',
      'exact',
      'exact',
      'proper',
      'proper',
    ]);
  });
});
