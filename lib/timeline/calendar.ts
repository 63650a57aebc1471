/**
 * Calendar arithmetic on whole days. A day is a `Date` at midnight UTC, so that results never depend
 * on the reader's time zone or on daylight saving.
 */

/** The day with these calendar numbers (month 1-12). */
export function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: Date, count: number): Date {
  return new Date(day.getTime() + count * 86_400_000);
}

/** Days from Monday: Monday 0 ... Sunday 6. News weeks run Monday to Sunday, the weekend closing them. */
export function daysFromMonday(weekday: number): number {
  return (weekday + 6) % 7;
}

/** The Monday that opens the week of `day`. */
export function mondayOf(day: Date): Date {
  return addDays(day, -daysFromMonday(day.getUTCDay()));
}

/** YYYY-MM-DD. */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** YYYY-MM. */
export function isoMonth(year: number, month: number): string {
  return `${isoYear(year)}-${String(month).padStart(2, '0')}`;
}

/** YYYY. */
export function isoYear(year: number): string {
  return String(year).padStart(4, '0');
}
