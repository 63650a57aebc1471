import { findDateMentions } from './find-date-mentions';
import { publicationDay } from './publication-day';
import { detectTense } from './detect-tense';
import { splitSentences, type Sentence } from './split-sentences';
import type { Resolution, TimelineEvent, Unresolved } from './types';

/** Options of {@link extractArticleEvents}. */
export interface ExtractOptions {
  /** The glossary entries mentioned between two offsets of the text; none by default. */
  termsInSentence?: (start: number, end: number) => string[];
}

/** Any fixed day: without a publication date only dates written in full resolve, whatever chrono counts from. */
const NO_PUBLICATION_REFERENCE = new Date(2000, 0, 1, 12);

/**
 * Dated events in an article's text, resolved against its publication date.
 *
 * Every date expression (found by chrono-node, plus years and vague phrases it misses) becomes one
 * event carrying its sentence, or an {@link Unresolved} entry when it names no date or needs a
 * publication date the page does not give. Relative dates follow news-writing conventions: see
 * `resolveWeekday`, `resolveWeekend`, `resolveWeek` and `resolveMonth`. `published` is best given as
 * the page's ISO string, whose written day is the one the story counts from (see `publicationDay`).
 * One sentence gives one event per distinct date.
 */
export function extractArticleEvents(
  text: string,
  published: Date | string | null,
  options: ExtractOptions = {},
): { events: TimelineEvent[]; unresolved: Unresolved[] } {
  const day = publicationDay(published);
  const reference = day
    ? new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12)
    : NO_PUBLICATION_REFERENCE;
  const events: TimelineEvent[] = [];
  const unresolved: Unresolved[] = [];
  for (const sentence of splitSentences(text)) {
    // Page text is full of no-break and thin spaces ("late\u00a0on\u00a0Wednesday"); one space for each
    // keeps every offset while the patterns and the expressions reported see plain spaces.
    const plain = sentence.text.replace(/\s/g, ' ');
    const dated = new Set<string>();
    for (const mention of findDateMentions(plain, reference)) {
      const expression = plain.slice(mention.start, mention.end);
      const outcome = mention.resolve(day, detectTense(plain, mention.start, mention.end));
      if ('reason' in outcome) {
        unresolved.push({ expression, sentence: sentence.text, reason: outcome.reason });
      } else if (!dated.has(`${outcome.date}/${outcome.end}`)) {
        dated.add(`${outcome.date}/${outcome.end}`);
        events.push(articleEvent(sentence, expression, outcome, options.termsInSentence));
      }
    }
  }
  return { events, unresolved };
}

function articleEvent(
  sentence: Sentence,
  expression: string,
  { date, end, precision, uncertain }: Resolution,
  termsInSentence: ExtractOptions['termsInSentence'],
): TimelineEvent {
  return {
    date,
    ...(end ? { end } : {}),
    precision,
    text: sentence.text,
    source: 'article',
    entryIds: termsInSentence?.(sentence.start, sentence.end) ?? [],
    ...(uncertain ? { uncertain } : {}),
    expression,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
  };
}
