// The bench's code for the page, bundled by esbuild as an IIFE that sets `window.backstoryBench`.
// Node drives it through page.evaluate; everything timed runs here, in the page.
import { detectArticle } from '../../lib/article';
import { createGlossaryService, type GlossaryService } from '../../lib/glossary/glossary-service';
import type { Entry } from '../../lib/glossary/schema';
import { clearHighlights } from '../../lib/highlight/paint';
import { buildMatchIndex } from '../../lib/match';
import type { Settings } from '../../lib/settings';
import { createCardUi } from '../../entrypoints/content/card';
import { runBackstory, runFloor, runMarkArray, runMarkRegExp, termsRegExp, type Outcome } from './contenders';
import { forceLayout, measure, nextPaint, type Timing } from './measure';

export type ContenderName = 'backstory' | 'backstory-detect' | 'mark.js' | 'mark.js-regexp' | 'floor';

export interface Run {
  timing: Timing;
  outcome: Outcome;
}

let glossary: GlossaryService | null = null;
let entriesById = new Map<string, Entry>();
let card: ReturnType<typeof createCardUi> | null = null;
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

/** The first place `text` is written in the page, scrolled into the middle of the view. */
function firstMention(text: string): Range {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    node.parentElement?.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range;
  }
  throw new Error(`"${text}" is not on the page`);
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
    entriesById = new Map(entries.map((entry) => [entry.id, entry]));
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

  /**
   * The hover card for the first mention of `text` in the article, as the content script opens it when
   * the hover delay ends (the entry is already in the page, from the scan): the work of opening it, the
   * layout, the time to the next painted frame, and whether the card is on screen then.
   */
  async openCard(text: string, entryId: string): Promise<{ timing: Timing; visible: boolean }> {
    await reset();
    const entry = entriesById.get(entryId)!;
    if (!card) {
      card = createCardUi({ onOpenBriefing() {}, onClose() {}, onSaveDefinition: async () => '' });
      // As the content script does in the idle time after its scan, long before a hover delay ends.
      card.warmUp(entry);
    }
    card.close();
    await nextPaint();
    const range = firstMention(text);
    const settings = { theme: 'auto' } as Settings;
    const { timing } = await measure(document.body, () => card!.open(entry, range, settings));
    const dialog = document.querySelector('bs-card')?.shadowRoot?.querySelector('[role="dialog"]');
    const box = dialog?.getBoundingClientRect();
    const visible = !!box && box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0;
    card.close();
    return { timing, visible };
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
