import type { DateMention } from './date-mention';
import { findVagueMentions } from './find-vague-mentions';
import { findYearMentions } from './find-year-mentions';
import { readChronoMentions } from './read-chrono-mentions';

/**
 * Every expression of time in a sentence, in order, without overlaps: where two finders claim the same
 * words, the higher priority wins (a duration over chrono's date, chrono's full date over a bare year),
 * then the longer expression.
 */
export function findDateMentions(sentence: string, reference: Date): DateMention[] {
  const candidates = [
    ...findVagueMentions(sentence),
    ...readChronoMentions(sentence, reference),
    ...findYearMentions(sentence),
  ];
  candidates.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMention[] = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
