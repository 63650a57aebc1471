import { addDays, isoDay, mondayOf } from './calendar';
import type { WeekModifier } from './resolve-weekday';
import type { Resolution, Tense } from './types';

const SATURDAY = 6;

/**
 * The Saturday-Sunday a "weekend" refers to in a story published on `published`.
 *
 * "At the weekend", "over the weekend" and "this weekend" follow the clause's tense: past, the weekend
 * whose Saturday is the latest on or before publication (published Thursday 23 February 2023: the 18th-19th);
 * future, the first whose Saturday is on or after it. They are uncertain, as the week is implied.
 * "Last weekend" and "next weekend" are those of the weeks before and after publication's week (Monday to
 * Sunday), uncertain only where that differs from the plain reading.
 */
export function resolveWeekend(modifier: WeekModifier, tense: Tense, published: Date): Resolution {
  const back = (published.getUTCDay() - SATURDAY + 7) % 7;
  const ahead = (SATURDAY - published.getUTCDay() + 7) % 7;
  const justBefore = addDays(published, -back);
  const justAfter = addDays(published, ahead);
  const thisWeeks = addDays(mondayOf(published), 5);
  switch (modifier) {
    case 'last':
      return weekend(addDays(thisWeeks, -7), justBefore);
    case 'next':
      return weekend(addDays(thisWeeks, 7), justAfter);
    default:
      return { ...weekend(tense === 'past' ? justBefore : justAfter, null), uncertain: true };
  }
}

function weekend(saturday: Date, otherReading: Date | null): Resolution {
  const date = isoDay(saturday);
  const uncertain = otherReading !== null && isoDay(otherReading) !== date;
  return { date, end: isoDay(addDays(saturday, 1)), precision: 'range', uncertain };
}
