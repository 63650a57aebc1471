import { describe, expect, it } from 'vitest';
import { readShortForm } from '../../../lib/abbreviations/short-form';

const read = (form: string) => readShortForm(form, 0, form.length);

describe('a short form', () => {
  it.each([
    ['capitals', 'TTP', ['t', 't', 'p']],
    ['a plural, which the long form need not spell', 'NGOs', ['n', 'g', 'o']],
    ['a possessive plural', "IBC's", ['i', 'b', 'c']],
    ['small letters among capitals', 'PhD', ['p', 'h', 'd']],
    ['a number', 'G20', ['g', '20']],
    ['a hyphen', 'PML-N', ['p', 'm', 'l', 'n']],
    ['a second token', 'COP 10', ['c', 'o', 'p', '10']],
    ['quotes around it', '“ISKP”', ['i', 's', 'k', 'p']],
  ])('may hold %s: %s', (_what, form, units) => {
    expect(read(form)?.units.map((u) => u.value)).toEqual(units);
  });

  it('marks a word written whole into it', () => {
    expect(read('UN-Women')?.units.map((u) => u.kind === 'letter' && u.word === true)).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it.each([
    ['a year', '2023'],
    ['a word with one capital', 'Reuters'],
    ['a word in lower case', 'pictured'],
    ['a list', 'h, v'],
    ['two capitalised words', 'United States'],
    ['more than two tokens', 'A B C'],
    ['too long a token', 'ABCDEFGHIJKLMNOPQ'],
  ])('is not %s: %s', (_what, form) => {
    expect(read(form)).toBeNull();
  });
});
