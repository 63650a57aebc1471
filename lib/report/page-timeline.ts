import type { ArticleMeta } from '../article';
import type { Entry } from '../glossary/schema';
import type { BlockMatch } from '../highlight/marks';
import { buildTimeline, extractArticleEvents, type TimelineEvent, type Unresolved } from '../timeline';

/**
 * Beyond this much text a page is not one story (a feed, a forum thread): its dates are not a
 * timeline, and reading them all would keep the worker busy for seconds.
 */
export const MAX_TIMELINE_CHARS = 300_000;

export interface PageTimeline {
  timeline: TimelineEvent[];
  unresolved: Unresolved[];
}

/**
 * One timeline for a page: the dated events of every glossary entry found, the dates the article's
 * own text reports (each tied to the terms in its sentence), and the publication itself.
 */
export function pageTimeline(
  blocks: string[],
  matches: BlockMatch[],
  entries: Entry[],
  article: ArticleMeta | null,
): PageTimeline {
  const text = blocks.join('\n');
  const starts: number[] = [];
  blocks.reduce((offset, block) => (starts.push(offset), offset + block.length + 1), 0);
  const spans = matches.map(([block, start, end, entryId]) => ({
    start: starts[block]! + start,
    end: starts[block]! + end,
    entryId,
  }));
  const termsInSentence = (from: number, to: number) => [
    ...new Set(spans.filter((span) => span.start >= from && span.end <= to).map((span) => span.entryId)),
  ];
  const own =
    text.length <= MAX_TIMELINE_CHARS
      ? extractArticleEvents(text, article?.published ?? null, { termsInSentence })
      : { events: [], unresolved: [] };
  const glossary = entries.flatMap((entry) => entry.events.map((event) => ({ entryId: entry.id, ...event })));
  return {
    timeline: buildTimeline({
      article: own.events,
      glossary,
      published: article?.published ?? null,
      title: article?.title ?? null,
    }),
    unresolved: own.unresolved,
  };
}
