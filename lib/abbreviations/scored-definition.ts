import type { Definition } from './definition';

/** A definition found by one of the patterns, with how well its long form spells its short form. */
export interface ScoredDefinition extends Definition {
  score: number;
}

/** Builds a definition from the spans of its two halves. */
export function makeDefinition(
  text: string,
  short: { start: number; end: number },
  long: { start: number; end: number },
  score: number,
): ScoredDefinition {
  return {
    short: text.slice(short.start, short.end),
    long: text.slice(long.start, long.end),
    shortStart: short.start,
    shortEnd: short.end,
    longStart: long.start,
    longEnd: long.end,
    score,
  };
}
