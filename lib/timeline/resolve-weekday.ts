import { addDays, daysFromMonday, isoDay, mondayOf } from './calendar';
import type { Resolution, Tense } from './types';

/** "last", "this" or "next" before a day name, or nothing. */
export type WeekModifier = 'last' | 'this' | 'next' | null;

/**
 * The day a weekday name refers to in a story published on `published`.
 *
 * - Bare ("on Wednesday", "late Sunday", "Monday morning"): in a past-tense clause, the latest such day
 *   on or before publication; in a future one, the earliest on or after. Publication day itself counts:
 *   wire copy filed on a Thursday says "said on Thursday" of that day, and "would reopen from Thursday"
 *   in it means that day. Always uncertain: the week is implied.
 * - "last Friday": the Friday of the week before publication's week (weeks run Monday to Sunday), as news
 *   writers use it: published on Thursday 23 February 2023 it is the 17th. Uncertain when that differs
 *   from the latest Friday before publication (published on a Saturday, "last Friday" could be yesterday).
 * - "this Friday": the Friday of publication's week.
 * - "next Friday": the Friday of the following week; uncertain when that differs from the first Friday
 *   after publication.
 */
export function resolveWeekday(weekday: number, modifier: WeekModifier, tense: Tense, published: Date): Resolution {
  const monday = mondayOf(published);
  const offset = daysFromMonday(weekday);
  const back = (published.getUTCDay() - weekday + 7) % 7;
  const ahead = (weekday - published.getUTCDay() + 7) % 7;
  switch (modifier) {
    case 'last':
      return dayResolution(addDays(monday, offset - 7), addDays(published, -(back || 7)));
    case 'this':
      return dayResolution(addDays(monday, offset), null);
    case 'next':
      return dayResolution(addDays(monday, offset + 7), addDays(published, ahead || 7));
    default:
      return { ...dayResolution(addDays(published, tense === 'past' ? -back : ahead), null), uncertain: true };
  }
}

/** A day, uncertain when another reasonable reading gives a different one. */
function dayResolution(day: Date, otherReading: Date | null): Resolution {
  const date = isoDay(day);
  return { date, precision: 'day', uncertain: otherReading !== null && isoDay(otherReading) !== date };
}
