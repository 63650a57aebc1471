// Calendar arithmetic shared by the date readers.

export const pad = (n: number | string): string => String(n).padStart(2, '0');

/** A day as YYYY-MM-DD when it exists on the calendar (years 1990-2100); else null. */
export function formatDay(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Orders the two leading numbers of 05/03/2020 as [day, month]: a number over 12 can only be the day. */
export function dayAndMonth(first: number, second: number, monthFirst: boolean): [number, number] {
  if (first > 12) return [first, second];
  if (second > 12 || monthFirst) return [second, first];
  return [first, second];
}
