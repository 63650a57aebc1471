const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date as people write it: "23 February 2023", "February 2023" or "2023". Takes the date as
 * the page or glossary gives it (YYYY, YYYY-MM, YYYY-MM-DD, or a full ISO time, of which only the
 * day where it was published counts, so a story is never moved to the day before by a time zone).
 * Returns null for anything else.
 */
export function formatDate(value: string | null | undefined): string | null {
  const match = value?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/);
  if (!match) return null;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return null;
  if (!monthName) return year!;
  if (!day) return `${monthName} ${year}`;
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > 31) return null;
  return `${dayNumber} ${monthName} ${year}`;
}
