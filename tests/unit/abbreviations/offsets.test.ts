import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../../lib/abbreviations';

describe('findDefinitions reports where both halves are', () => {
  const text =
    'Officials blamed Tehreek-e-Taliban Pakistan (TTP). ISKP, the Islamic State Khorasan Province, and ' +
    'the NGOs (non-governmental organisations) disagreed.';

  it.each(findDefinitions(text).map((d) => [d.short, d] as const))(
    '%s: offsets slice back to its halves',
    (_short, d) => {
      expect(text.slice(d.shortStart, d.shortEnd)).toBe(d.short);
      expect(text.slice(d.longStart, d.longEnd)).toBe(d.long);
    },
  );

  it('lists the definitions in text order', () => {
    expect(findDefinitions(text).map((d) => d.short)).toEqual(['TTP', 'ISKP', 'NGOs']);
  });

  it('gives the offsets of the first definition', () => {
    const [ttp] = findDefinitions(text);
    expect(ttp).toEqual({
      short: 'TTP',
      long: 'Tehreek-e-Taliban Pakistan',
      shortStart: 45,
      shortEnd: 48,
      longStart: 17,
      longEnd: 43,
    });
  });

  it('reports each definition of the same short form', () => {
    const twice = 'Tehreek-e-Taliban Pakistan (TTP) said so; later Tehreek-e-Taliban Pakistan (TTP) denied it.';
    expect(findDefinitions(twice).map((d) => d.shortStart)).toEqual([28, 76]);
  });
});
