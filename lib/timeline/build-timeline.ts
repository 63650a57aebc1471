import { compareEvents } from './compare-events';
import { dedupeEvents } from './dedupe-events';
import { publicationDay } from './publication-day';
import { isoDay } from './calendar';
import type { Precision, TimelineEvent } from './types';

/** One event of a glossary entry, as packs write it. */
export interface GlossaryEvent {
  entryId: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  text: string;
  /** A link to where the fact comes from. */
  source?: string;
}

/** What {@link buildTimeline} merges. */
export interface TimelineInput {
  /** Events found in the article by `extractArticleEvents`. */
  article: TimelineEvent[];
  /** Events of the glossary entries the article mentions. */
  glossary: GlossaryEvent[];
  /** The publication date as the page gives it (ISO 8601 preferred), or null. */
  published: string | null;
  title?: string | null;
}

const PRECISION_OF_LENGTH: Record<number, Precision> = { 4: 'year', 7: 'month', 10: 'day' };
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * One timeline: the glossary events of the entries found, the article's events and the publication
 * itself ("Published: <title>"); merged, de-duplicated (see `dedupeEvents`) and sorted (see
 * `compareEvents`). Glossary events with a malformed date are left out rather than guessed at.
 */
export function buildTimeline(input: TimelineInput): TimelineEvent[] {
  const glossary = input.glossary.flatMap((event): TimelineEvent[] => {
    const precision = DATE.test(event.date) ? PRECISION_OF_LENGTH[event.date.length] : undefined;
    if (!precision) return [];
    const sourceUrl = event.source ? { sourceUrl: event.source } : {};
    return [
      { date: event.date, precision, text: event.text, source: 'glossary', entryIds: [event.entryId], ...sourceUrl },
    ];
  });
  const events = [...glossary, ...input.article, ...publicationEvent(input.published, input.title ?? null)];
  return dedupeEvents(events).sort(compareEvents);
}

function publicationEvent(published: string | null, title: string | null): TimelineEvent[] {
  const day = publicationDay(published);
  if (!day) return [];
  const text = title?.trim() ? `Published: ${title.trim()}` : 'Published';
  return [{ date: isoDay(day), precision: 'day', text, source: 'publication', entryIds: [] }];
}
