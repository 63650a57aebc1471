import { describe, expect, it } from 'vitest';
import { datesIn, MONDAY, SATURDAY, THURSDAY } from './dates-in';

describe('a day of the week', () => {
  it.each([
    ['Officials met in Islamabad on Wednesday.', THURSDAY, 'on Wednesday', '2023-02-22'],
    ['The ministry said on Thursday that talks had stalled.', THURSDAY, 'on Thursday', '2023-02-23'],
    ['Gunmen attacked a checkpoint on Friday.', THURSDAY, 'on Friday', '2023-02-17'],
    ['Authorities sealed the road late Sunday.', THURSDAY, 'late Sunday', '2023-02-19'],
    ['Shelling resumed Monday morning near the border.', THURSDAY, 'Monday morning', '2023-02-20'],
    ['Crowds gathered on Saturday night outside the court.', THURSDAY, 'on Saturday night', '2023-02-18'],
    ['Police have been on alert since Tuesday.', THURSDAY, 'since Tuesday', '2023-02-21'],
    ['The envoy arrived on Monday.', MONDAY, 'on Monday', '2023-02-20'],
    ['Police sealed the road late\u00a0on\u00a0Sunday.', THURSDAY, 'late on Sunday', '2023-02-19'],
  ])('in past tense is the latest such day on or before publication: %s', (text, published, expression, date) => {
    expect(datesIn(text, published)).toEqual([{ expression, date, end: undefined, precision: 'day', uncertain: true }]);
  });

  it.each([
    ['The talks will resume on Friday.', 'on Friday', '2023-02-24'],
    ['The crossing would reopen from Thursday, officials announced.', 'from Thursday', '2023-02-23'],
    ['The minister is due to visit Kabul on Monday.', 'on Monday', '2023-02-27'],
    ['The summit, which will be held on Tuesday, has been moved to Doha.', 'on Tuesday', '2023-02-28'],
    ['On Tuesday, the delegation will travel to Kabul.', 'On Tuesday', '2023-02-28'],
    ["Negotiators say they'll meet again on Wednesday.", 'on Wednesday', '2023-03-01'],
  ])('in future tense is the earliest such day on or after publication: %s', (text, expression, date) => {
    expect(datesIn(text, THURSDAY)).toEqual([{ expression, date, end: undefined, precision: 'day', uncertain: true }]);
  });

  it('takes each clause in its own tense', () => {
    const dates = datesIn('A spokesman said on Monday that the talks will resume on Friday.', THURSDAY);
    expect(dates.map((d) => d.date)).toEqual(['2023-02-20', '2023-02-24']);
  });

  it('reads a clause that starts with the day by the verb after it', () => {
    expect(datesIn('On Tuesday, the delegation travelled to Kabul.', THURSDAY)[0]?.date).toBe('2023-02-21');
  });

  it.each([
    ['Gunmen stormed the compound last Friday.', THURSDAY, 'last Friday', '2023-02-17', false],
    ['The body was found last Wednesday.', THURSDAY, 'last Wednesday', '2023-02-15', true],
    ['The body was found last Friday.', SATURDAY, 'last Friday', '2023-02-17', true],
    ['The body was found last Friday.', MONDAY, 'last Friday', '2023-02-17', false],
    ['The ministers meet this Friday.', THURSDAY, 'this Friday', '2023-02-24', false],
    ['The ministers will meet next Friday.', THURSDAY, 'next Friday', '2023-03-03', true],
    ['The ministers will meet next Monday.', THURSDAY, 'next Monday', '2023-02-27', false],
  ])(
    '"last", "this" and "next" name the week before, of, or after publication: %s (%s)',
    (text, published, expression, date, uncertain) => {
      expect(datesIn(text, published)).toEqual([{ expression, date, end: undefined, precision: 'day', uncertain }]);
    },
  );

  it.each([
    'The Sunday Times reported the arrests.',
    'Shops prepared for Black Friday.',
    'Marchers commemorated Bloody Sunday.',
    'He told the Mail on Sunday that he would resign.',
  ])('is not a date inside a name: %s', (text) => {
    expect(datesIn(text, THURSDAY)).toEqual([]);
  });
});
