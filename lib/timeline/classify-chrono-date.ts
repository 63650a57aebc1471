import type { ParsedComponents } from 'chrono-node';
import { isoDay, isoMonth, isoYear, utcDay } from './calendar';
import { isDayInAName, isMonthUsedAsDate } from './chrono-false-dates';
import { resolveMonth } from './resolve-month';
import { resolveWeek } from './resolve-week';
import { resolveWeekday, type WeekModifier } from './resolve-weekday';
import { resolveWeekend } from './resolve-weekend';
import type { Failure, Resolution, Tense } from './types';
import { UNRESOLVED_REASONS } from './unresolved-reasons';

/** Dates an expression against the publication day (null when unknown) and the clause's tense. */
export type Resolver = (published: Date | null, tense: Tense) => Resolution | Failure;

/** What chrono found, in its sentence. */
export interface ChronoReading {
  components: ParsedComponents;
  /** The expression as written, lowercased, with the words that qualify it ("late on wednesday"). */
  phrase: string;
  /** Chrono's own match, and the sentence before and after it. */
  text: string;
  before: string;
  after: string;
  /** Why chrono's date is none, when it read a duration ("for three years") as one. */
  notADate: string | null;
}

/** A year chrono did not count from the reference: "2021", "'21". */
const WRITTEN_YEAR = /\d{4}|'\d\d\b/;
const DAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const COUNTED_FROM_PUBLICATION =
  /\b(?:ago|yesterday|today|tomorrow|tonight|last|this|next|past|morning|afternoon|evening)\b/;

/**
 * How to date one date (or one end of a range) chrono found, by the conventions of news writing instead
 * of chrono's own guesses (the nearest day of that name, either way; the nearest month of that name).
 * Null when it is not a date: a time alone, "(until) now", "9/11" or "24/7", a day or month name that
 * belongs to a name.
 */
export function classifyChronoDate(reading: ChronoReading): Resolver | null {
  const { components: c, phrase, before, after } = reading;
  const has = (component: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(component);
  const modifier = weekModifier(phrase);
  const { notADate } = reading;
  if (notADate) return () => ({ reason: notADate });
  if (/^\d{1,2}\/\d{1,2}$/.test(reading.text)) return null;
  if (/\bweekend\b/.test(phrase))
    return needsPublication((published, tense) => resolveWeekend(modifier, tense, published));
  const week = /\b(last|this|next|past) week\b/.exec(phrase)?.[1];
  if (week) {
    const which = week === 'past' ? 'last' : (week as 'last' | 'this' | 'next');
    const part = /\bearlier\b/.test(phrase) ? 'earlier' : /\blater\b/.test(phrase) ? 'later' : null;
    return needsPublication((published) => resolveWeek(which, part, published));
  }
  if (has('weekday') && !has('day')) {
    const dayName = reading.text.search(DAY_NAME);
    if (dayName === -1 || isDayInAName(before + reading.text.slice(0, dayName), after)) return null;
    const weekday = c.get('weekday') ?? 0;
    return needsPublication((published, tense) => resolveWeekday(weekday, modifier, tense, published));
  }
  if (/^now$/i.test(reading.text)) return null;
  if (has('year')) return WRITTEN_YEAR.test(reading.text) ? explicit(c) : countedFromPublication(c, phrase);
  if (has('month')) {
    if (!has('day') && !isMonthUsedAsDate(before) && modifier === null) return null;
    const month = c.get('month') ?? 1;
    const day = has('day') ? c.get('day') : null;
    return needsPublication((published, tense) => resolveMonth(month, day, modifier, tense, published));
  }
  if (COUNTED_FROM_PUBLICATION.test(phrase) && !/^(?:in the )?(?:morning|afternoon|evening)$/.test(phrase)) {
    return countedFromPublication(c, phrase);
  }
  return null;
}

function weekModifier(phrase: string): WeekModifier {
  const match = /\b(last|this|next)\b/.exec(phrase);
  return match ? (match[1] as WeekModifier) : null;
}

function needsPublication(resolve: (published: Date, tense: Tense) => Resolution): Resolver {
  return (published, tense) =>
    published ? resolve(published, tense) : { reason: UNRESOLVED_REASONS.noPublicationDate };
}

/** A date written in full, at the precision written: "August 2021" is a month, not 1 August. */
function explicit(c: ParsedComponents): Resolver {
  const resolution = atPrecision(c, c.isCertain('day') ? 'day' : c.isCertain('month') ? 'month' : 'year');
  return () => resolution;
}

/**
 * "Yesterday", "three days ago", "last month", "this year": chrono computed them from the publication
 * day; the unit named sets the precision, and "two weeks ago" is only roughly fourteen days.
 */
function countedFromPublication(c: ParsedComponents, phrase: string): Resolver {
  const precision = /\byears?\b/.test(phrase) ? 'year' : /\bmonths?\b/.test(phrase) ? 'month' : 'day';
  const resolution = { ...atPrecision(c, precision), uncertain: /\bweeks? ago\b/.test(phrase) };
  return needsPublication(() => resolution);
}

function atPrecision(c: ParsedComponents, precision: 'day' | 'month' | 'year'): Resolution {
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 1;
  const date =
    precision === 'year'
      ? isoYear(year)
      : precision === 'month'
        ? isoMonth(year, month)
        : isoDay(utcDay(year, month, c.get('day') ?? 1));
  return { date, precision, uncertain: false };
}
