import { extractArticleEvents } from '../../../lib/timeline';

/** Publication days the tables count from. */
export const MONDAY = '2023-02-20';
/** The sample story's publication day. */
export const THURSDAY = '2023-02-23';
export const SATURDAY = '2023-02-25';
export const SUNDAY = '2023-02-26';

/** The dates a text's events resolve to, in the shape the tables compare. */
export function datesIn(text: string, published: string | null) {
  return extractArticleEvents(text, published).events.map((event) => ({
    expression: event.expression,
    date: event.date,
    end: event.end,
    precision: event.precision,
    uncertain: event.uncertain ?? false,
  }));
}
