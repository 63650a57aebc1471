import { foldWordOnce } from './fold';
import { gapKey, tokenize } from './tokenize';

// How the index reads an alias: its words, the gaps between them, and its first word. ASCII aliases
// (most of them) are read by character code, without tokenize's objects; the index is built each time
// the background wakes. A property test holds these to what tokenize and gapKey give.

/** The gaps of every one-word alias (most of them): one shared array, not one each. */
const NO_GAPS: string[] = [];

/** ASCII letters, digits and "_", by character code. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

const PLUS_CODE = 43;
const SPACE_CODE = 32;

/** Where the ASCII word starting at `start` ends: its letters, digits and "_", then any "+" ("OPEC+"). */
function asciiWordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && isAsciiWordCode(text.charCodeAt(i))) i++;
  return i;
}

function plusesEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && text.charCodeAt(i) === PLUS_CODE) i++;
  return i;
}

/**
 * An ASCII alias's words and gaps in one pass over its character codes, as tokenize and gapKey would
 * give them; null for an alias with any other character (tokenize handles those). Most aliases are
 * ASCII, and the index is built on every wake of the background: this keeps its build under budget.
 */
function splitAscii(text: string): { words: string[]; gaps: string[]; ascii: true } | null {
  const words: string[] = [];
  let gaps = NO_GAPS;
  let i = 0;
  let lastEnd = -1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 128) return null;
    if (!isAsciiWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    i = plusesEnd(text, asciiWordEnd(text, i));
    if (lastEnd >= 0) {
      if (gaps === NO_GAPS) gaps = [];
      const single = start - lastEnd === 1 && text.charCodeAt(lastEnd) === SPACE_CODE;
      gaps.push(single ? '' : (gapKey(text.slice(lastEnd, start)) ?? ''));
    }
    words.push(text.slice(start, i));
    lastEnd = i;
  }
  return { words, gaps, ascii: true };
}

/**
 * An alias's words as written, the gap key between each pair (see gapKey), and whether it is all ASCII
 * (its words then fold by lower-casing alone).
 */
export function aliasParts(text: string): { words: string[]; gaps: string[]; ascii: boolean } {
  const ascii = splitAscii(text);
  if (ascii) return ascii;
  const tokens = tokenize(text);
  const gaps =
    tokens.length > 1
      ? tokens.slice(1).map((token, i) => gapKey(text.slice(tokens[i]!.end, token.start)) ?? '')
      : NO_GAPS;
  return { words: tokens.map((token) => token.text), gaps, ascii: false };
}

/** The folded first word of an alias, or null when it has none; read without splitting the rest. */
export function firstWordKey(text: string): string | null {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 128) break;
    if (isAsciiWordCode(code)) {
      const wordEnd = asciiWordEnd(text, i);
      // A non-ASCII letter may continue the word ("Peshāwar"): tokenize decides those.
      if (wordEnd < text.length && text.charCodeAt(wordEnd) >= 128) break;
      return text.slice(i, plusesEnd(text, wordEnd)).toLowerCase();
    }
    i++;
  }
  const first = tokenize(text)[0];
  return first ? foldWordOnce(first.text) : null;
}
