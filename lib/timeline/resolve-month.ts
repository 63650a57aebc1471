import { isoDay, isoMonth, utcDay } from './calendar';
import type { WeekModifier } from './resolve-weekday';
import type { Resolution, Tense } from './types';

/**
 * The year of a month, or of a day and month, written without one ("in January", "on 15 August") in a
 * story published on `published`.
 *
 * In a past-tense clause it is the latest such month (day) on or before publication, in a future one the
 * earliest on or after: published 23 February 2023, "in January" is January 2023 and "will vote in
 * January" January 2024. Uncertain when the two readings differ, as the year is implied.
 * "Last January" is the latest January before publication's month, "next January" the first after it,
 * "this January" publication's year.
 */
export function resolveMonth(
  month: number,
  day: number | null,
  modifier: WeekModifier,
  tense: Tense,
  published: Date,
): Resolution {
  const year = published.getUTCFullYear();
  const publishedMonth = published.getUTCMonth() + 1;
  if (day === null && modifier !== null) {
    const shift = { last: month < publishedMonth ? 0 : -1, this: 0, next: month > publishedMonth ? 0 : 1 }[modifier];
    return { date: isoMonth(year + shift, month), precision: 'month', uncertain: false };
  }
  const inYear = (y: number) => (day === null ? isoMonth(y, month) : isoDay(utcDay(y, month, day)));
  const publishedAs = day === null ? isoMonth(year, publishedMonth) : isoDay(published);
  const past = inYear(year) <= publishedAs ? inYear(year) : inYear(year - 1);
  const future = inYear(year) >= publishedAs ? inYear(year) : inYear(year + 1);
  return {
    date: tense === 'past' ? past : future,
    precision: day === null ? 'month' : 'day',
    uncertain: past !== future,
  };
}
