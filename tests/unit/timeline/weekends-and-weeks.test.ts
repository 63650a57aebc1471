import { describe, expect, it } from 'vitest';
import { datesIn, MONDAY, SUNDAY, THURSDAY } from './dates-in';

describe('the weekend', () => {
  it.each([
    [
      'Also at the weekend, the minister told a conference the threat was growing.',
      THURSDAY,
      'at the weekend',
      '2023-02-18',
      true,
    ],
    ['Rallies were held over the weekend.', THURSDAY, 'over the weekend', '2023-02-18', true],
    ['Rallies were held over the weekend.', MONDAY, 'over the weekend', '2023-02-18', true],
    ['Rallies were held at the weekend.', SUNDAY, 'at the weekend', '2023-02-25', true],
    ['The leaders will meet at the weekend.', THURSDAY, 'at the weekend', '2023-02-25', true],
    ['The leaders will meet this weekend.', THURSDAY, 'this weekend', '2023-02-25', true],
    ['Rallies were held last weekend.', THURSDAY, 'last weekend', '2023-02-18', false],
    ['Rallies were held last weekend.', SUNDAY, 'last weekend', '2023-02-18', true],
    ['The leaders will meet next weekend.', THURSDAY, 'next weekend', '2023-03-04', true],
  ])('is a Saturday-to-Sunday range: %s (%s)', (text, published, expression, saturday, uncertain) => {
    const [year, month, day] = saturday.split('-').map(Number) as [number, number, number];
    const sunday = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
    expect(datesIn(text, published)).toEqual([
      { expression, date: saturday, end: sunday, precision: 'range', uncertain },
    ]);
  });
});

describe('a week', () => {
  it.each([
    ['Prices rose last week.', 'last week', '2023-02-13', '2023-02-19'],
    ['Prices rose this week.', 'this week', '2023-02-20', '2023-02-26'],
    ['Prices rose earlier this week.', 'earlier this week', '2023-02-20', '2023-02-23'],
    ['Prices will rise later this week.', 'later this week', '2023-02-23', '2023-02-26'],
    ['Prices will rise next week.', 'next week', '2023-02-27', '2023-03-05'],
  ])('is the Monday-to-Sunday range, not a day a week away: %s', (text, expression, date, end) => {
    expect(datesIn(text, THURSDAY)).toEqual([{ expression, date, end, precision: 'range', uncertain: false }]);
  });
});
