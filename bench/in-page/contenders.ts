// Runs in the page. The contenders, each doing its whole job on the page's current DOM and returning
// how many terms it marked. Backstory runs the project's own lib code, as the content script and the
// background do between them (minus the message passing).
import Mark from 'mark.js';
import { detectArticle } from '../../lib/article';
import type { GlossaryService } from '../../lib/glossary/glossary-service';
import { collectTextBlocks } from '../../lib/highlight/collect-text';
import { createMarkIndex } from '../../lib/highlight/mark-index';
import { createMarks } from '../../lib/highlight/marks';
import { clearHighlights, paintMarks } from '../../lib/highlight/paint';

/** Milliseconds in each of Backstory's steps, to tell which one a budget is lost in. */
export interface Phases {
  detect: number;
  collect: number;
  match: number;
  marks: number;
  paint: number;
  hoverIndex: number;
}

export interface Outcome {
  /** Terms marked on the page. */
  marked: number;
  /** Characters read (the floor marks nothing). */
  read?: number;
  /** Terms given to mark.js (fewer than the glossary's when sampled). */
  terms?: number;
  /** When Backstory started turning matches into highlights (performance.now()). */
  highlightAt?: number;
  phases?: Phases;
}

/**
 * Backstory: detect the article (when asked), read its text blocks, match them with the glossary
 * service, turn matches into ranges and register them with CSS.highlights, then index them for hover.
 */
export async function runBackstory(glossary: GlossaryService, detect: boolean): Promise<Outcome> {
  const times = [performance.now()];
  const lap = () => times.push(performance.now());
  clearHighlights();
  const root = detect ? detectArticle(document).root : document.querySelector('article');
  lap();
  const blocks = collectTextBlocks(root ?? document.body);
  lap();
  const { matches } = await glossary.matchBlocks(blocks.map((block) => block.text));
  lap();
  const marks = createMarks(blocks, matches);
  lap();
  paintMarks(marks, 'dotted');
  lap();
  createMarkIndex(blocks, marks);
  lap();
  const [detectMs, collect, match, marksMs, paint, hoverIndex] = times.slice(1).map((t, i) => t - times[i]!);
  return {
    marked: marks.length,
    highlightAt: times[3],
    phases: {
      detect: detectMs!,
      collect: collect!,
      match: match!,
      marks: marksMs!,
      paint: paint!,
      hoverIndex: hoverIndex!,
    },
  };
}

/** Punctuation around a word, so "TTP," and "(TTP)" count as the whole word for mark.js's "exactly". */
const LIMITERS = [...',.;:!?\'"()[]“”‘’—–'];

/**
 * mark.js given every alias, one regular expression per alias, longest first (its own order). It
 * recurses once per term, so a very long list overflows the stack; it is given the list in slices
 * that keep its order, which does the same work. With `sample`, only that many terms, evenly spaced in
 * that order: mark.js makes one whole pass over the page per term, so its time grows with their number.
 */
export function runMarkArray(terms: readonly string[], sample?: number): Outcome {
  const context = document.querySelector('article') ?? document.body;
  let sorted = [...terms].sort((a, b) => b.length - a.length);
  if (sample && sample < sorted.length) {
    const step = sorted.length / sample;
    sorted = Array.from({ length: sample }, (_, i) => sorted[Math.floor(i * step)]!);
  }
  let marked = 0;
  for (let i = 0; i < sorted.length; i += 500) {
    new Mark(context).mark(sorted.slice(i, i + 500), {
      separateWordSearch: false,
      diacritics: false,
      accuracy: { value: 'exactly', limiters: LIMITERS },
      exclude: ['mark'],
      done: (total) => (marked += total),
    });
  }
  return { marked, terms: sorted.length };
}

/** One alternation of every alias, escaped, longest first, between word boundaries. */
export function termsRegExp(terms: readonly string[]): RegExp {
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\w])(?:${escaped.join('|')})(?![\\w])`, 'gi');
}

/** mark.js given one regular expression of every alias. */
export function runMarkRegExp(regExp: RegExp): Outcome {
  let marked = 0;
  new Mark(document.querySelector('article') ?? document.body).markRegExp(regExp, {
    done: (total) => (marked = total),
  });
  return { marked };
}

/** The floor: walk the text nodes and read their text, matching nothing. */
export function runFloor(): Outcome {
  const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
  return { marked: 0, read: chars };
}
