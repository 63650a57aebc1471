// The bench's code for the page, bundled by esbuild as an IIFE that sets `window.backstoryBench`.
// Node drives it through page.evaluate; everything timed runs here, in the page.
import { detectArticle } from '../../lib/article';
import { createGlossaryService, type GlossaryService } from '../../lib/glossary/glossary-service';
import type { Entry } from '../../lib/glossary/schema';
import { clearHighlights } from '../../lib/highlight/paint';
import { buildMatchIndex } from '../../lib/match';
import { runBackstory, runFloor, runMarkArray, runMarkRegExp, termsRegExp, type Outcome } from './contenders';
import { forceLayout, measure, nextPaint, type Timing } from './measure';

export type ContenderName = 'backstory' | 'backstory-detect' | 'mark.js' | 'mark.js-regexp' | 'floor';

export interface Run {
  timing: Timing;
  outcome: Outcome;
}

let glossary: GlossaryService | null = null;
let terms: string[] = [];
let regExp: RegExp | null = null;
let pristine: HTMLElement | null = null;
/** Whether the page's DOM was changed (by mark.js) since it was loaded or restored. */
let changed = false;

/**
 * Puts back the page as loaded when mark.js rewrote it (a clone of the pristine body), clears
 * highlights, and lets the page settle: laid out and painted before the next run starts.
 */
async function reset(): Promise<void> {
  pristine ??= document.body.cloneNode(true) as HTMLElement;
  if (changed) document.documentElement.replaceChild(pristine.cloneNode(true), document.body);
  changed = false;
  clearHighlights();
  forceLayout(document.body);
  await nextPaint();
  await nextPaint();
}

const api = {
  /** Loads a glossary: the service (and its index) for Backstory, the aliases for mark.js. */
  async setGlossary(entries: Entry[], aliases: string[]): Promise<void> {
    glossary = createGlossaryService({
      loadBuiltinPacks: async () => [{ id: 'bench', name: 'Bench', version: '1.0.0', language: 'en', entries }],
      loadUserGlossary: async () => ({ ownTerms: [], importedPacks: [] }),
      loadDisabledPacks: async () => [],
      saveUserGlossary: async () => undefined,
    });
    await glossary.ready();
    terms = aliases;
    regExp = termsRegExp(aliases);
  },

  /** Resets the page, then runs one contender and measures it (mark.js with `sample` terms when given). */
  async run(contender: ContenderName, sample?: number): Promise<Run> {
    await reset();
    changed = contender.startsWith('mark.js');
    const work: Record<ContenderName, () => Outcome | Promise<Outcome>> = {
      backstory: () => runBackstory(glossary!, false),
      'backstory-detect': () => runBackstory(glossary!, true),
      'mark.js': () => runMarkArray(terms, sample),
      'mark.js-regexp': () => runMarkRegExp(regExp!),
      floor: runFloor,
    };
    const { timing, result } = await measure(document.body, work[contender]);
    return { timing, outcome: result };
  },

  /**
   * "Articles only" on a page that is not an article: how long the decision takes, and whether the page
   * is exactly as it was (same markup, no highlight registered).
   */
  async decideNotArticle(): Promise<{ ms: number; isArticle: boolean; unchanged: boolean }> {
    await reset();
    const before = document.documentElement.outerHTML;
    const start = performance.now();
    clearHighlights();
    const { isArticle } = detectArticle(document);
    const ms = performance.now() - start;
    const unchanged = document.documentElement.outerHTML === before && CSS.highlights.size === 0;
    return { ms, isArticle, unchanged };
  },

  /** Builds the match index for the given entries, as the background does on waking. */
  buildIndex(entries: Entry[]): number {
    const start = performance.now();
    buildMatchIndex(entries);
    return performance.now() - start;
  },
};

export type BenchApi = typeof api;

window.backstoryBench = api;

declare global {
  interface Window {
    backstoryBench: BenchApi;
  }
}
