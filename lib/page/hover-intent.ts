import type { Mark } from '../highlight/marks';

/**
 * Hover timings (Wikipedia Page Previews uses similar ones):
 * - the open delay is the reader's setting: long enough that sweeping the pointer across a line of
 *   text opens nothing, short enough to feel immediate when the pointer rests;
 * - GRACE_MS lets the pointer travel from the term into the card (crossing a few pixels of page)
 *   without the card closing;
 * - a card closes CLOSE_DELAY_MS after the pointer leaves both term and card, so a slip of the hand
 *   does not lose it.
 */
export const GRACE_MS = 300;
export const CLOSE_DELAY_MS = 250;

export interface HoverIntentDeps {
  win: Window;
  /** The mark under a viewport point, if any. */
  hitTest(x: number, y: number): Mark | null;
  /** Whether an event target is inside the card. */
  isInCard(target: EventTarget | null): boolean;
  openDelayMs(): number;
  /** Whether a pointer event may open a card (the modifier-key setting). */
  mayOpen(event: PointerEvent): boolean;
  open(mark: Mark): void;
  close(): void;
}

/**
 * Turns pointer movement into "open this card" and "close it" decisions. At most one caret lookup
 * per animation frame, whatever the number of pointer events.
 */
export function createHoverIntent(deps: HoverIntentDeps) {
  let frame = 0;
  let last: PointerEvent | null = null;
  let pending: Mark | null = null;
  let shown: Mark | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  function scheduleClose(delay: number) {
    clearTimeout(openTimer);
    pending = null;
    if (!shown || closeTimer) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      shown = null;
      deps.close();
    }, delay);
  }

  function evaluate() {
    frame = 0;
    const event = last;
    if (!event) return;
    if (deps.isInCard(event.target)) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
      return;
    }
    const mark = deps.mayOpen(event) ? deps.hitTest(event.clientX, event.clientY) : null;
    if (mark && mark.id === shown?.id) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
      return;
    }
    if (!mark) return scheduleClose(shown ? GRACE_MS : 0);
    if (mark.id === pending?.id) return;
    clearTimeout(openTimer);
    pending = mark;
    openTimer = setTimeout(() => {
      pending = null;
      clearTimeout(closeTimer);
      closeTimer = undefined;
      shown = mark;
      deps.open(mark);
    }, deps.openDelayMs());
  }

  return {
    onPointerMove(event: PointerEvent) {
      last = event;
      if (!frame) frame = deps.win.requestAnimationFrame(evaluate);
    },
    /** The pointer left the card or the page. */
    onLeave() {
      scheduleClose(CLOSE_DELAY_MS);
    },
    /** The card was opened or closed by other means (keyboard, click, Escape). */
    setShown(mark: Mark | null) {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      closeTimer = undefined;
      pending = null;
      shown = mark;
    },
    dispose() {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      if (frame) deps.win.cancelAnimationFrame(frame);
    },
  };
}
