import { parse } from 'chrono-node';
import { utcDay } from './calendar';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** Only dates written in full are accepted, so the reference chrono needs never shows through. */
const ANY_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * The calendar day a story was published, or null when unknown or invalid.
 *
 * A string gives the day as the publisher wrote it (`2023-02-23T01:30:00+05:00` is the 23rd), which is
 * the day the story's "Thursday" and "yesterday" count from; prefer it to a `Date` when the page has
 * one. Strings other than ISO 8601 ("Thu, 23 Feb 2023") are read for their written day, month and year.
 * A `Date` is an instant without a zone, so its UTC day is taken.
 */
export function publicationDay(published: Date | string | null): Date | null {
  if (published === null) return null;
  if (typeof published !== 'string') {
    if (Number.isNaN(published.getTime())) return null;
    return utcDay(published.getUTCFullYear(), published.getUTCMonth() + 1, published.getUTCDate());
  }
  const iso = ISO_DATE.exec(published.trim());
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = parse(published, ANY_REFERENCE)[0]?.start;
  if (!written || !written.isCertain('year') || !written.isCertain('month') || !written.isCertain('day')) return null;
  return validDay(written.get('year') ?? 0, written.get('month') ?? 0, written.get('day') ?? 0);
}

function validDay(year: number, month: number, day: number): Date | null {
  const result = utcDay(year, month, day);
  return result.getUTCMonth() === month - 1 && result.getUTCDate() === day ? result : null;
}
