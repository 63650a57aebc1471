import { parse, type ParsedResult } from 'chrono-node';
import { classifyChronoDate, type Resolver } from './classify-chrono-date';
import { MENTION_PRIORITY, type DateMention } from './date-mention';
import { UNRESOLVED_REASONS } from './unresolved-reasons';

/**
 * Words before chrono's match that belong to the expression: "late (on) Sunday", "at the weekend",
 * "last February", "in mid-February", "from Thursday".
 */
const LEADING_WORDS = [
  /\b(?:on|in|at|from|since|by|until|till|during)\s+$/i,
  /\b(?:at|over|on|during|for) the\s+$/i,
  /\b(?:last|this|next)\s+$/i,
  /\b(?:late|early|earlier|later)(?:\s+on)?\s+$/i,
  /\bmid-$/i,
];

/**
 * The dates chrono finds in a sentence, each with the news-writing rule that dates it. `reference` is
 * publication day at noon local time (chrono counts in local time), or any fixed day when unknown:
 * then only dates written in full resolve.
 */
export function readChronoMentions(sentence: string, reference: Date): DateMention[] {
  return parse(sentence, reference).flatMap((result) => {
    // "in the year 2000" is a year, which findYearMentions reads; chrono sees "in the year" = in a year.
    if (/^\s*\d{4}\b/.test(sentence.slice(result.index + result.text.length))) return [];
    const { start, end } = expressionSpan(sentence, result);
    const reading = {
      phrase: sentence.slice(start, end).toLowerCase(),
      text: result.text,
      before: sentence.slice(0, result.index),
      after: sentence.slice(result.index + result.text.length),
      notADate: notADate(result),
    };
    const first = classifyChronoDate({ ...reading, components: result.start });
    if (!first) return [];
    const last = result.end ? classifyChronoDate({ ...reading, components: result.end }) : null;
    return [{ start, end, priority: MENTION_PRIORITY.chrono, resolve: last ? spanning(first, last) : first }];
  });
}

/**
 * Why chrono's date counted from the reference is none: "in a year", "for three years" and "within a
 * week" are durations; "after three days" counts from another event.
 */
function notADate(result: ParsedResult): string | null {
  if (!result.tags().has('result/relativeDate')) return null;
  if (/^(?:in|for|within)\s/i.test(result.text)) return UNRESOLVED_REASONS.duration;
  if (/^after\s/i.test(result.text)) return UNRESOLVED_REASONS.anchoredElsewhere;
  return null;
}

/** Chrono's match without trailing punctuation, with the words before it that qualify it. */
function expressionSpan(sentence: string, result: ParsedResult): { start: number; end: number } {
  let start = result.index;
  const end = start + result.text.replace(/[\s,.;:]+$/, '').length;
  const leading = (pattern: RegExp) => pattern.exec(sentence.slice(0, start))?.[0].length ?? 0;
  // Each pass takes one more group of words: "in" + "mid-" + "February", "late" + "on Wednesday".
  for (let pass = 0; pass < LEADING_WORDS.length; pass++) {
    const found = LEADING_WORDS.map(leading).find((length) => length > 0);
    if (!found) break;
    start -= found;
  }
  return { start, end };
}

/** A range "from Monday to Wednesday", "15-17 August 2021"; just its start if the end falls before it. */
function spanning(first: Resolver, last: Resolver): Resolver {
  return (published, tense) => {
    const from = first(published, tense);
    const to = last(published, tense);
    if ('reason' in from) return from;
    if ('reason' in to) return to;
    const end = to.end ?? to.date;
    if (end <= from.date) return from;
    return { date: from.date, end, precision: 'range', uncertain: from.uncertain || to.uncertain };
  };
}
