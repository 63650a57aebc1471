import type { TimelineEvent } from '../timeline';

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

export interface TimelineGroup {
  /** "2023", or "February 2023" within a year. */
  label: string;
  key: string;
  events: TimelineEvent[];
}

/**
 * Groups a sorted timeline for display: by year, and within the story's own year(s) by month, so a
 * long background reads as years and the weeks around the story read as months. Events known only
 * to the year sit at the head of their year.
 */
export function groupTimeline(events: TimelineEvent[]): Array<{ year: string; groups: TimelineGroup[] }> {
  const years = new Map<string, Map<string, TimelineGroup>>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const month = event.date.length >= 7 ? event.date.slice(5, 7) : '';
    const groups = years.get(year) ?? new Map<string, TimelineGroup>();
    years.set(year, groups);
    const label = month ? `${MONTHS[Number(month) - 1]} ${year}` : year;
    const group = groups.get(month) ?? { label, key: `${year}-${month}`, events: [] };
    groups.set(month, group);
    group.events.push(event);
  }
  return [...years].map(([year, groups]) => ({ year, groups: [...groups.values()] }));
}
