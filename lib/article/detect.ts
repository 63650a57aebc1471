import { addressSignals } from './address-signals';
import { creditSignals } from './credit-signals';
import { declaredSignals } from './declared-signals';
import { findArticleRoot, hasEnoughParagraphs, locateStoryText, storyFromParagraphs } from './find-root';
import { readPageSources, type PageSources } from './page-sources';
import { metaFromSources } from './read-meta';
import type { Signal } from './signal';
import { paragraphBlocks } from './text-blocks';
import { textSignals } from './text-signals';
import { titleSignals } from './title-signals';
import type { ArticleDetection, ArticleMeta } from './types';

/** A page scoring at least this is a news article. */
const THRESHOLD = 4;
/** The most the story text can add: two for its length, one for a dateline. */
const TEXT_ROOM = 3;
/** The most a publication date and a byline can add. */
const CREDIT_ROOM = 1.5;

const total = (signals: Signal[]): number => signals.reduce((sum, s) => sum + s.points, 0);

/** The signals as reasons, strongest first, after the score. */
function explain(signals: Signal[], note?: string): string[] {
  const reasons = [...signals]
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .map((s) => `${s.points > 0 ? '+' : ''}${s.points} ${s.reason}`);
  return [`score ${total(signals)}${note ? ` (${note})` : ''}`, ...reasons];
}

/**
 * The verdict on a page that cannot reach the threshold even with everything not yet read in its
 * favour. Its root and metadata are only looked up if the caller reads them.
 */
function ruledOut(sources: PageSources, signals: Signal[], note: string, found?: Element | null): ArticleDetection {
  let root = found;
  let meta: ArticleMeta | undefined;
  return {
    isArticle: false,
    reasons: explain(signals, `ruled out ${note}`),
    get root() {
      return (root ??= findArticleRoot(sources.doc));
    },
    get meta() {
      return (meta ??= metaFromSources(sources, () => this.root).meta);
    },
  };
}

/**
 * Decides whether `doc` is a news article, finds the element holding its text and reads its
 * metadata. Cheap evidence comes first: what the page declares (JSON-LD, meta tags) and its
 * address, then its paragraphs; a page that cannot reach the threshold even with everything else in
 * its favour is ruled out there, and its `root` and `meta` are only looked up when read. Reads the
 * page only: the document is never changed or cloned.
 */
export function detectArticle(doc: Document = document): ArticleDetection {
  const sources = readPageSources(doc);
  const page = [...declaredSignals(sources), ...addressSignals(sources)];
  if (total(page) + TEXT_ROOM + CREDIT_ROOM < THRESHOLD) return ruledOut(sources, page, 'by what it declares');

  const paragraphs = paragraphBlocks(doc);
  const first = storyFromParagraphs(paragraphs);
  const enough = hasEnoughParagraphs(first);
  const firstText = enough ? textSignals(first) : [];
  if (enough && total(page) + total(firstText) + CREDIT_ROOM < THRESHOLD) {
    return ruledOut(sources, [...page, ...firstText], 'by its text', first.root);
  }

  const story = enough ? first : locateStoryText(doc, paragraphs);
  const { meta, published } = metaFromSources(sources, () => story.root);
  const signals = [
    ...page,
    ...titleSignals(meta.title),
    ...creditSignals(published, meta.byline),
    ...(story === first ? firstText : textSignals(story)),
  ];
  return { isArticle: total(signals) >= THRESHOLD, root: story.root, meta, reasons: explain(signals) };
}
