import { dayAndMonth, formatDay, pad } from './calendar';
import { monthNumber } from './month-names';
import { findDateInText } from './text-date';

/** "+0530", "+05", "-05:00", "Z", "GMT", "UTC" as ISO 8601 "+05:30" / "Z"; "" when there is none. */
function formatZone(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(z|gmt|utc)$/i.test(zone)) return 'Z';
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
  return sign && hours ? `${sign}${hours}:${minutes ?? '00'}` : '';
}

/** Joins a day and an optional time and zone into ISO 8601. */
function formatInstant(day: string | null, time: (string | undefined)[], zone?: string): string | null {
  const [hours, minutes, seconds, fraction] = time;
  if (!day || !hours || !minutes) return day;
  if (Number(hours) > 23 || Number(minutes) > 59) return day;
  return `${day}T${pad(hours)}:${minutes}:${pad(seconds ?? 0)}${fraction ?? ''}${formatZone(zone)}`;
}

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{1,2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|GMT|UTC)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-?(\d{2})-?(\d{2})` + TIME + String.raw`(?!\d)`, 'i');
const SLASHED = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})` + TIME + String.raw`(?!\d)`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([./-])(\d{1,2})[./-](\d{4})` + TIME + String.raw`(?!\d)`, 'i');
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|gmt|utc|z)?/i;

/**
 * Reads a machine-readable date (meta content, `datetime` attribute, JSON-LD value): ISO 8601 and
 * its compact form, YYYY/MM/DD, DD.MM.YYYY, RFC 2822 and Unix time. Returns ISO 8601 keeping the
 * page's own offset (so the day stays the day where it was published), YYYY-MM-DD for a bare day
 * or a date written in words, or null when the value is not a date. `monthFirst` reads an ambiguous 03/05/2020 the American way;
 * dotted dates are always day first.
 */
export function parseDate(raw: string, monthFirst = false): string | null {
  const text = raw.trim();
  let m = ISO.exec(text) ?? SLASHED.exec(text);
  if (m) return formatInstant(formatDay(+m[1]!, +m[2]!, +m[3]!), m.slice(4, 8), m[8]);
  if ((m = NUMERIC.exec(text))) {
    const [day, month] = dayAndMonth(+m[1]!, +m[3]!, m[2] !== '.' && monthFirst);
    return formatInstant(formatDay(+m[4]!, month, day), m.slice(5, 9), m[9]);
  }
  if ((m = RFC_2822.exec(text))) {
    const day = formatDay(+m[3]!, monthNumber(m[2]!) ?? 0, +m[1]!);
    return formatInstant(day, [m[4], m[5], m[6]], m[7]);
  }
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const iso = new Date(ms).toISOString();
    return formatDay(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)) ? iso.replace('.000Z', 'Z') : null;
  }
  // Some pages put prose in date fields ("Tue, Sep 15 2020 10:01:41 EDT"): keep at least the day.
  return findDateInText(text.slice(0, 100), monthFirst);
}
