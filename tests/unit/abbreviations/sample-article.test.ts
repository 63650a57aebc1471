import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../../lib/abbreviations';

/** The project's sample story (a copy of shared/seed/article.txt); it joins the name with non-breaking spaces. */
const text = readFileSync(join(import.meta.dirname, 'sample-article.txt'), 'utf8');

describe('the sample article', () => {
  it('defines TTP itself, and nothing else', () => {
    expect(findDefinitions(text).map((d) => [d.short, d.long])).toEqual([['TTP', 'Tehreek-e-Taliban\u00a0Pakistan']]);
  });

  it('points at "referring to Tehreek-e-Taliban Pakistan (TTP)"', () => {
    const [ttp] = findDefinitions(text);
    expect(text.slice(ttp?.longStart, ttp?.shortEnd)).toBe('Tehreek-e-Taliban\u00a0Pakistan\u00a0(TTP');
    expect(text.slice((ttp?.longStart ?? 0) - 'referring to '.length, ttp?.longStart)).toBe('referring to ');
  });
});
