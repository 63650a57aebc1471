import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findDefinitions } from '../../../lib/abbreviations';

/** Pieces that make texts full of near-definitions: names, acronyms, brackets, cues and stray marks. */
const piece = fc.constantFrom(
  'Tehreek-e-Taliban',
  'Pakistan',
  'Islamic',
  'State',
  'Khorasan',
  'Province',
  'the',
  'of',
  'TTP',
  'ISKP',
  'NGOs',
  'G7',
  '(',
  ')',
  '(TTP)',
  '(2023)',
  ',',
  ', or',
  'known as',
  '=',
  ';',
  '.',
  '—',
  '\u00a0',
  '“',
  '”',
  'é',
  '😀',
);
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(' '));

describe('findDefinitions on any text', () => {
  test('reports spans that slice back to the short and long forms, in text order, never overlapping', () => {
    fc.assert(
      fc.property(text, (t) => {
        const definitions = findDefinitions(t);
        let previousEnd = -1;
        for (const d of definitions) {
          expect(t.slice(d.shortStart, d.shortEnd)).toBe(d.short);
          expect(t.slice(d.longStart, d.longEnd)).toBe(d.long);
          expect(d.shortEnd <= d.longStart || d.longEnd <= d.shortStart).toBe(true);
          expect(Math.min(d.shortStart, d.longStart)).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = Math.max(d.shortEnd, d.longEnd);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('finds nothing in an empty text or one without letters', () => {
    expect(findDefinitions('')).toEqual([]);
    expect(findDefinitions('((( ))) , = ; 2023 (1) (4).')).toEqual([]);
  });
});
