import { describe, expect, it } from 'vitest';
import { datesIn, THURSDAY } from './dates-in';

describe('a month or a day without its year', () => {
  it.each([
    ['A bomber struck a mosque in Peshawar in January.', 'in January', '2023-01', 'month', true],
    ['The group was banned in November.', 'in November', '2022-11', 'month', true],
    ['Elections will be held in November.', 'in November', '2023-11', 'month', true],
    ['Attacks rose in February.', 'in February', '2023-02', 'month', false],
    ['Talks broke down in mid-January.', 'in mid-January', '2023-01', 'month', true],
    ['Talks broke down last February.', 'last February', '2022-02', 'month', false],
    ['The envoy visited Kabul on 15 August.', 'on 15 August', '2022-08-15', 'day', true],
    ['The envoy will visit Kabul on 15 August.', 'on 15 August', '2023-08-15', 'day', true],
    ['The envoy visited Kabul on Feb. 17.', 'on Feb. 17', '2023-02-17', 'day', true],
  ])('takes the year of the tense: %s', (text, expression, date, precision, uncertain) => {
    expect(datesIn(text, THURSDAY)).toEqual([{ expression, date, end: undefined, precision, uncertain }]);
  });

  it.each(['They planned the March on Islamabad for weeks.', 'Will the regime march on?'])(
    'is not a date when the month name is a noun: %s',
    (text) => {
      expect(datesIn(text, THURSDAY)).toEqual([]);
    },
  );
});

describe('dates counted from publication', () => {
  it.each([
    ['Exports fell last month.', 'last month', '2023-01', 'month'],
    ['Exports fell earlier this month.', 'earlier this month', '2023-02', 'month'],
    ['Exports will recover next month.', 'next month', '2023-03', 'month'],
    ['The group was formed last year.', 'last year', '2022', 'year'],
    ['Attacks have doubled this year.', 'this year', '2023', 'year'],
    ['Elections are due next year.', 'next year', '2024', 'year'],
    ['The attack came three days ago.', 'three days ago', '2023-02-20', 'day'],
    ['The law passed two months ago.', 'two months ago', '2022-12', 'month'],
    ['The group split two years ago.', 'two years ago', '2021', 'year'],
    ['The ministry confirmed the talks yesterday.', 'yesterday', '2023-02-22', 'day'],
    ['The ministry confirmed the talks today.', 'today', '2023-02-23', 'day'],
    ['The crossing reopens tomorrow.', 'tomorrow', '2023-02-24', 'day'],
  ])('keeps the precision of the unit named: %s', (text, expression, date, precision) => {
    expect(datesIn(text, THURSDAY)).toEqual([{ expression, date, end: undefined, precision, uncertain: false }]);
  });

  it('marks "two weeks ago" as roughly dated', () => {
    expect(datesIn('The envoy resigned two weeks ago.', THURSDAY)).toEqual([
      { expression: 'two weeks ago', date: '2023-02-09', end: undefined, precision: 'day', uncertain: true },
    ]);
  });
});
