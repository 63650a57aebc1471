/** A word in a text: letters, digits and combining marks of any script, with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Splits a text into words, keeping offsets into the original text (which is never rewritten). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(WORD)) {
    tokens.push({ text: found[0], start: found.index, end: found.index + found[0].length });
  }
  return tokens;
}

/**
 * Whether two words separated by `gap` can belong to one name. Spaces (any kind, non-breaking
 * included), hyphens and apostrophes join ("Tehreek-e-Taliban", "Tehreek e Taliban"); a full stop
 * joins only after a single letter, as in "U.N. Security Council", so that a sentence end never does.
 */
export function isJoiningGap(gap: string, previousWord: string): boolean {
  if (gap.length === 0 || gap.length > 3) return false;
  if (!/^[\s\u00a0\u2000-\u200b\u202f\u2010-\u2013'\u2019.-]+$/u.test(gap)) return false;
  return !gap.includes('.') || previousWord.length === 1;
}
