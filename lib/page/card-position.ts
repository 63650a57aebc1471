/**
 * Where the hover card goes: below the term, flipped above it where there is no room below, kept 8px
 * inside the viewport.
 *
 * Written here rather than taken from floating-ui, which the card used until the bench showed the
 * content script at 34.7 KB gzip against its 30 KB budget: @floating-ui/dom was 16 KB of it (6 KB
 * gzip), its core alone still 6.5 KB. The card needs none of what makes that library worth its size
 * (offset parents, transforms, clipping ancestors, arrows, many placements): it is always
 * `position: fixed` in its own shadow root, its reference is a range's rectangle, and the viewport is
 * the only box that matters. The rules below are floating-ui's `bottom-start` with `offset(6)`,
 * `flip({ padding: 8 })` and `shift({ padding: 8 })`, and the hover-card browser tests check them.
 */

/** Something with a place on screen: a Range, or an object reading one. */
export interface Anchor {
  getBoundingClientRect(): DOMRect;
}

export interface Box {
  width: number;
  height: number;
}

/** Space between the term and the card. */
const GAP = 6;
/** Space kept between the card and the viewport's edges. */
const EDGE = 8;

/**
 * The card's fixed position for a term at `term` in a viewport of `view`: below the term, or above it
 * when only the space above holds the card (when neither does, the side with more room); its left edge
 * on the term's, moved in to keep the card inside the viewport.
 */
export function cardPosition(term: DOMRect, card: Box, view: Box): { x: number; y: number } {
  const below = term.bottom + GAP;
  const above = term.top - GAP - card.height;
  const roomBelow = view.height - EDGE - below;
  const roomAbove = above - EDGE;
  const fitsBelow = roomBelow >= card.height;
  const y = fitsBelow || (roomAbove < 0 && roomBelow >= roomAbove + card.height) ? below : above;
  const x = Math.max(EDGE, Math.min(term.left, view.width - EDGE - card.width));
  return { x, y };
}

/** Places `card` (fixed) against `anchor` in the viewport of the card's document. */
export function placeCard(anchor: Anchor, card: HTMLElement): void {
  const root = card.ownerDocument.documentElement;
  const view = { width: root.clientWidth, height: root.clientHeight };
  const { x, y } = cardPosition(
    anchor.getBoundingClientRect(),
    { width: card.offsetWidth, height: card.offsetHeight },
    view,
  );
  card.style.left = `${x}px`;
  card.style.top = `${y}px`;
}

/**
 * Calls `update` now, then when the page scrolls (any scroller: the term may sit in one) or the
 * viewport changes size, once per frame at most. Returns the way to stop.
 */
export function followViewport(win: Window, update: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  const options = { capture: true, passive: true };
  win.addEventListener('scroll', schedule, options);
  win.addEventListener('resize', schedule, { passive: true });
  update();
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    win.removeEventListener('scroll', schedule, options);
    win.removeEventListener('resize', schedule);
  };
}
