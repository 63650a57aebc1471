/** A word in a text: letters, digits and combining marks of any script, with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// A trailing "+" belongs to the word ("OPEC+" is not "OPEC"), and so does "_": "ANIME_IS_LIFE" is a
// user name, not the word IS.
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
/** ASCII letters, digits and "_": decided by a table, the rest of Unicode by WORD_CHAR. */
const ASCII_WORD = new Uint8Array(128).map((_, code) => (/[A-Za-z0-9_]/.test(String.fromCharCode(code)) ? 1 : 0));
const PLUS = 43;

/** How many UTF-16 units the word character at `i` takes (2 for an astral letter), or 0. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code]!;
  const point = text.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

/**
 * Splits a text into words, keeping offsets into the original text (which is never rewritten). A loop
 * over character codes: the equivalent regular expression (/[\p{L}\p{N}\p{M}_]+\+* /gu) took twice
 * as long on a 100,000-word page, and tokenizing is most of the matcher's time.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let step = wordCharAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = i < length ? wordCharAt(text, i) : 0;
    }
    while (i < length && text.charCodeAt(i) === PLUS) i++;
    tokens.push({ text: text.slice(start, i), start, end: i });
  }
  return tokens;
}

const SOFT_GAP = /^[\s\u00a0\u2000-\u200b\u202f\u2010-\u2013'\u2019-]+$/u;
const HARD_GAP = /^[\s\u00a0.\/&]+$/u;

/**
 * The kind of gap between two words of a name, as a key: "" for a soft gap (spaces of any kind,
 * hyphens, apostrophes: "Tehreek-e-Taliban" is "Tehreek e Taliban"), the punctuation itself for a
 * hard one ("/" in "9/11", "." in "U.N."), null for a gap no name runs across (a comma, a long run).
 */
export function gapKey(gap: string): string | null {
  if (gap.length === 0 || gap.length > 3) return null;
  if (SOFT_GAP.test(gap)) return '';
  return HARD_GAP.test(gap) ? gap.replace(/[\s\u00a0]+/gu, '') : null;
}
