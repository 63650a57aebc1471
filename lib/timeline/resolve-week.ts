import { addDays, isoDay, mondayOf } from './calendar';
import type { Resolution } from './types';

/**
 * The Monday-to-Sunday range "last week", "this week" or "next week" names in a story published on
 * `published`. "Earlier this week" ends on publication day and "later this week" starts on it.
 */
export function resolveWeek(
  modifier: 'last' | 'this' | 'next',
  part: 'earlier' | 'later' | null,
  published: Date,
): Resolution {
  const monday = addDays(mondayOf(published), modifier === 'last' ? -7 : modifier === 'next' ? 7 : 0);
  let first = monday;
  let last = addDays(monday, 6);
  if (modifier === 'this' && part === 'earlier') last = published;
  if (modifier === 'this' && part === 'later') first = published;
  if (isoDay(first) === isoDay(last)) return { date: isoDay(first), precision: 'day', uncertain: false };
  return { date: isoDay(first), end: isoDay(last), precision: 'range', uncertain: false };
}
