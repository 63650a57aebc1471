import { findByline } from './byline';
import { locateStoryText } from './find-root';
import { findPublished } from './page-dates';
import { readPageSources } from './page-sources';
import { metaFromSources } from './read-meta';
import { creditSignals, declaredSignals, shapeSignals, textSignals, type Signal } from './signals';
import type { ArticleDetection } from './types';

/** A page scoring at least this is a news article. */
const THRESHOLD = 4;

function linkChars(root: Element | null): number {
  let chars = 0;
  for (const a of root?.querySelectorAll('a') ?? []) chars += (a.textContent ?? '').trim().length;
  return chars;
}

/**
 * Decides whether `doc` is a news article, finds the element holding its text and reads its
 * metadata. Reads the page only: the document is never changed or cloned.
 */
export function detectArticle(doc: Document = document): ArticleDetection {
  const sources = readPageSources(doc);
  const meta = metaFromSources(sources);
  const monthFirst = /^en(-us)?$/i.test(meta.language ?? '');
  const story = locateStoryText(doc);
  const signals: Signal[] = [
    ...declaredSignals(sources),
    ...shapeSignals(sources, meta.title),
    ...creditSignals(findPublished(sources, monthFirst), findByline(sources)),
    ...textSignals(story, linkChars(story.root)),
  ];
  const score = signals.reduce((sum, s) => sum + s.points, 0);
  const reasons = signals
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .map((s) => `${s.points > 0 ? '+' : ''}${s.points} ${s.reason}`);
  return { isArticle: score >= THRESHOLD, root: story.root, meta, reasons: [`score ${score}`, ...reasons] };
}
