import type { TextBlock } from '../highlight/collect-text';
import { FLASH_HIGHLIGHT, paintSingle } from '../highlight/paint';
import type { Mark } from '../highlight/marks';
import { positionIn } from '../highlight/text-position';

/** How long a mention the briefing jumped to stays marked. */
export const FLASH_MS = 1600;

export interface RevealDeps {
  win: Window;
  registry: HighlightRegistry;
  marks(): Mark[];
  /** The blocks of text the page was scanned in: offsets in the briefing count in them, joined by "\n". */
  blocks(): TextBlock[];
}

/**
 * The range of a span of the scanned text (the blocks joined by "\n", as the background read them),
 * cut to the block it starts in; null when the offsets fall outside the text.
 */
export function rangeOfText(blocks: TextBlock[], start: number, end: number): StaticRange | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) return null;
  let offset = 0;
  for (const block of blocks) {
    const blockEnd = offset + block.text.length;
    if (start < blockEnd) {
      const from = positionIn(block, start - offset, false);
      const to = positionIn(block, Math.min(end, blockEnd) - offset, true);
      return new StaticRange({
        startContainer: from.node,
        startOffset: from.offset,
        endContainer: to.node,
        endOffset: to.offset,
      });
    }
    offset = blockEnd + 1;
  }
  return null;
}

/**
 * Walks a term's mentions on the page for the briefing: scrolls one into view and marks it briefly,
 * and remembers where the reader was so "back to where I was" can return there.
 */
export function createMentionWalker(deps: RevealDeps) {
  const cursor = new Map<string, number>();
  let returnTo: { x: number; y: number } | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  function show(range: AbstractRange) {
    const element = range.startContainer.parentElement;
    const smooth = !deps.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    paintSingle(FLASH_HIGHLIGHT, range, deps.registry);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => paintSingle(FLASH_HIGHLIGHT, null, deps.registry), FLASH_MS);
  }

  return {
    reveal(entryId: string, direction: 'first' | 'next' | 'previous') {
      const mentions = deps.marks().filter((mark) => mark.entryId === entryId);
      if (mentions.length === 0) return null;
      returnTo ??= { x: deps.win.scrollX, y: deps.win.scrollY };
      const current = cursor.get(entryId) ?? -1;
      const step = direction === 'next' ? 1 : direction === 'previous' ? -1 : 0;
      const index = direction === 'first' ? 0 : (current + step + mentions.length) % mentions.length;
      cursor.set(entryId, index);
      show(mentions[index]!.range);
      return { index: index + 1, total: mentions.length };
    },
    /** Scrolls to a sentence the briefing's timeline quotes, and marks it briefly. */
    revealText(start: number, end: number): boolean {
      const range = rangeOfText(deps.blocks(), start, end);
      if (!range) return false;
      returnTo ??= { x: deps.win.scrollX, y: deps.win.scrollY };
      show(range);
      return true;
    },
    /** Scrolls back to where the reader was before the first jump. */
    returnToReading() {
      if (!returnTo) return false;
      deps.win.scrollTo({ left: returnTo.x, top: returnTo.y });
      returnTo = null;
      return true;
    },
    reset() {
      cursor.clear();
    },
  };
}
