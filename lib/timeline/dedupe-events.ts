import type { TimelineEvent } from './types';

/** Words too common to tell two descriptions of an event apart. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and']);
/** Share of words two texts must have in common to count as the same event told twice. */
const SAME_TEXT = 0.8;

/**
 * Drops events told twice: the same date, end and precision, and near-identical text (the same words,
 * case, punctuation and filler words aside, or at least 80% of their words shared). The first one told
 * is kept, with the entry ids of both and what the other adds (the sentence it sits in, a source link);
 * it is uncertain only if both were. An article sentence and a glossary event on the same day stay apart
 * when their texts differ: each says something.
 */
export function dedupeEvents(events: TimelineEvent[]): TimelineEvent[] {
  const kept: Array<{ event: TimelineEvent; words: Set<string> }> = [];
  for (const event of events) {
    const words = wordsOf(event.text);
    const twin = kept.find((other) => sameDate(other.event, event) && similarity(other.words, words) >= SAME_TEXT);
    if (twin) twin.event = merge(twin.event, event);
    else kept.push({ event, words });
  }
  return kept.map(({ event }) => event);
}

function sameDate(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.date === b.date && a.end === b.end && a.precision === b.precision;
}

function merge(first: TimelineEvent, second: TimelineEvent): TimelineEvent {
  const merged: TimelineEvent = {
    ...second,
    ...first,
    entryIds: [...new Set([...first.entryIds, ...second.entryIds])],
  };
  if (!(first.uncertain && second.uncertain)) delete merged.uncertain;
  return merged;
}

function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !FILLER.has(word)));
}

/** Words shared over words used (Jaccard); two texts without words are the same. */
function similarity(a: Set<string>, b: Set<string>): number {
  const union = new Set([...a, ...b]).size;
  if (union === 0) return 1;
  return [...a].filter((word) => b.has(word)).length / union;
}
