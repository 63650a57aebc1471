import { describe, expect, it } from 'vitest';
import { cardPosition } from '../../../lib/page/card-position';

const view = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const term = (left: number, top: number, height = 20): DOMRect =>
  ({ left, top, bottom: top + height, right: left + 40, width: 40, height, x: left, y: top }) as DOMRect;

describe('cardPosition', () => {
  it('puts the card 6px below its term, at the term’s left edge', () => {
    expect(cardPosition(term(100, 300), card, view)).toEqual({ x: 100, y: 326 });
  });

  it('flips the card above a term near the viewport’s bottom', () => {
    expect(cardPosition(term(100, 700), card, view)).toEqual({ x: 100, y: 700 - 6 - 200 });
  });

  it('keeps it below when it fits exactly, 8px from the edge', () => {
    expect(cardPosition(term(100, 800 - 8 - 200 - 6 - 20), card, view).y).toBe(566 + 20 + 6);
  });

  it('when neither side holds it, takes the side with more room', () => {
    const small = { width: 1000, height: 300 };
    const tall = { width: 300, height: 250 };
    expect(cardPosition(term(100, 60), tall, small).y).toBe(86);
    expect(cardPosition(term(100, 220), tall, small).y).toBe(220 - 6 - 250);
  });

  it('moves it in from the right edge, and never past the left one', () => {
    expect(cardPosition(term(900, 300), card, view).x).toBe(1000 - 8 - 300);
    expect(cardPosition(term(2, 300), card, view).x).toBe(8);
    expect(cardPosition(term(100, 300), { width: 1200, height: 200 }, view).x).toBe(8);
  });
});
