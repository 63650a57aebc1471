import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../lib/article/parse-date';
import { findDateInText } from '../../../lib/article/text-date';

describe('parseDate reads machine-readable dates and keeps the page’s offset', () => {
  test.each([
    ['2020-03-05T23:30:00-05:00', '2020-03-05T23:30:00-05:00'],
    ['2020-03-05T23:30:00.000+0100', '2020-03-05T23:30:00.000+01:00'],
    ['2020-03-05 23:30', '2020-03-05T23:30:00'],
    ['2020-12-05T23:15:0Z', '2020-12-05T23:15:00Z'],
    ['20200305T233000', '2020-03-05'],
    ['2020-03-05', '2020-03-05'],
    ['2020/3/5', '2020-03-05'],
    ['05.03.2020 10:14', '2020-03-05T10:14:00'],
    ['Thu, 05 Mar 2020 23:30:00 -0500', '2020-03-05T23:30:00-05:00'],
    ['Tue, Sep 15 2020 10:01:41 EDT', '2020-09-15'],
    ['1583451000', '2020-03-05T23:30:00Z'],
  ])('%s → %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  test.each(['', 'yesterday', '2020-13-05', '2020-02-30', '12345'])('%j is not a date', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  test('reads 03/05/2020 as 5 March unless the page is in American English', () => {
    expect(parseDate('03/05/2020')).toBe('2020-05-03');
    expect(parseDate('03/05/2020', true)).toBe('2020-03-05');
    expect(parseDate('25/12/2020', true)).toBe('2020-12-25');
  });
});

describe('findDateInText finds the first date written in a dateline', () => {
  test.each([
    ['Feb. 23, 2015 -- Life-threatening peanut allergies', '2015-02-23'],
    ['Published: Sunday 5 March 2020 at 10:00', '2020-03-05'],
    ['Aktualisiert am 5. März 2020', '2020-03-05'],
    ['Publicado el 5 de marzo de 2020', '2020-03-05'],
    ['Опубликовано 5 марта 2020 г.', '2020-03-05'],
    ['Mis à jour le 5 mars 2020', '2020-03-05'],
    ['24.05.2019 | DW', '2019-05-24'],
    ['2020年03月05日 17:16', '2020-03-05'],
    ['Posted 2020-03-05 16:52:59', '2020-03-05'],
  ])('%s', (text, expected) => {
    expect(findDateInText(text)).toBe(expected);
  });

  test('ignores numbers and words that only look like parts of dates', () => {
    expect(findDateInText('Summary 5, 2020 results: 12 of 2020 seats')).toBeNull();
  });
});
