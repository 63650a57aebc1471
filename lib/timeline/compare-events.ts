import type { TimelineEvent } from './types';

const SOURCE_ORDER: Record<TimelineEvent['source'], number> = { glossary: 0, article: 1, publication: 2 };

/**
 * Chronological order for a timeline. Events sort by their (start) date as written: ISO dates of mixed
 * precision compare as strings, so "2023" sorts before "2023-01" before "2023-01-05", which puts the
 * coarser event first within the same period and never mixes up periods ("2022-12-31" < "2023").
 * On the same start, the longer span comes first (a range to the 19th before the 18th alone), then the
 * background before the story: glossary, article, then the publication itself, closing its day.
 * Otherwise the order given is kept.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareText(a.date, b.date) ||
    compareText(lastDayOf(b), lastDayOf(a)) ||
    SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source]
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The latest date an event covers, as comparable text: "2023" runs to "2023-12-31" and beyond "2023-12-30". */
function lastDayOf(event: TimelineEvent): string {
  const last = event.end ?? event.date;
  return last.length === 10 ? last : `${last}-99`;
}
