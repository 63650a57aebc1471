import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../lib/report/format-date';

describe('dates as people write them', () => {
  test.each([
    ['2023-02-23T09:14:00+05:00', '23 February 2023'],
    // Published just after midnight in Pakistan: still the 23rd, whatever the reader's time zone.
    ['2023-02-23T00:30:00+05:00', '23 February 2023'],
    ['2023-02-03', '3 February 2023'],
    ['2021-08', 'August 2021'],
    ['2007', '2007'],
    ['2023-13-01', null],
    ['23 February 2023', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});
