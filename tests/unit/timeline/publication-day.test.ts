import { describe, expect, it } from 'vitest';
import { publicationDay } from '../../../lib/timeline/publication-day';

describe('publicationDay', () => {
  it.each([
    ['2023-02-23', '2023-02-23'],
    ['2023-02-23T01:30:00+05:00', '2023-02-23'],
    ['2023-02-23T22:30:00-08:00', '2023-02-23'],
    [new Date('2023-02-23T10:00:00Z'), '2023-02-23'],
    ['Thu, 23 Feb 2023 10:00:00 GMT', '2023-02-23'],
    ['February 23, 2023', '2023-02-23'],
  ])('reads %s as the day the publisher wrote', (published, day) => {
    expect(publicationDay(published)?.toISOString().slice(0, 10)).toBe(day);
  });

  it.each([null, '', 'soon', '2023-02-30', '2023', new Date(Number.NaN)])('gives null for %s', (published) => {
    expect(publicationDay(published)).toBeNull();
  });
});
