import { FLASH_HIGHLIGHT, paintSingle } from '../highlight/paint';
import type { Mark } from '../highlight/marks';

/** How long a mention the briefing jumped to stays marked. */
export const FLASH_MS = 1600;

export interface RevealDeps {
  win: Window;
  registry: HighlightRegistry;
  marks(): Mark[];
}

/**
 * Walks a term's mentions on the page for the briefing: scrolls one into view and marks it briefly,
 * and remembers where the reader was so "back to where I was" can return there.
 */
export function createMentionWalker(deps: RevealDeps) {
  const cursor = new Map<string, number>();
  let returnTo: { x: number; y: number } | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  function show(mark: Mark) {
    const element = mark.range.startContainer.parentElement;
    const smooth = !deps.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    paintSingle(FLASH_HIGHLIGHT, mark.range, deps.registry);
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
      show(mentions[index]!);
      return { index: index + 1, total: mentions.length };
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
