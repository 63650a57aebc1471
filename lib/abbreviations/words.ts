import { isAlphanumeric, isSpace } from './characters';

/** A word of the text: its span without surrounding quotes, brackets or trailing punctuation. */
export interface Word {
  start: number;
  end: number;
}

/** Longest run without spaces read as a word: longer ones are code or addresses, and would make the scan quadratic. */
const MAX_WORD = 64;

/** "U.S.", "a.m.", "Mr.", "No.": a final period that does not end the sentence. */
const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:\p{L}\.){2,}|^\p{Lu}\p{Ll}{0,2}\.$/u;

/** Trims a raw run of non-space characters to its word, keeping the periods of "U.S."; null when nothing is left. */
function trimWord(text: string, start: number, end: number): Word | null {
  let s = start;
  let e = end;
  while (s < e && !isAlphanumeric(text[s])) s++;
  while (e > s && !isAlphanumeric(text[e - 1])) e--;
  if (s === e) return null;
  if (text[e] === '.' && text[e - 2] === '.') e++;
  return { start: s, end: e };
}

/**
 * True when the raw word `start..end` closes the sentence or clause before the words after it (a full
 * stop, a semicolon, a closing bracket), so that a long form cannot reach back past it.
 */
function endsClause(text: string, start: number, end: number): boolean {
  const last = text[end - 1];
  if (last === ';' || last === ':' || last === '!' || last === '?' || last === ']') return true;
  for (let pos = start; pos < end; pos++) if (text[pos] === ')') return true;
  return last === '.' && !ABBREVIATION.test(text.slice(start, end));
}

/** True when the raw word `start..end` holds `ch`. */
function holds(text: string, start: number, end: number, ch: string): boolean {
  for (let pos = start; pos < end; pos++) if (text[pos] === ch) return true;
  return false;
}

/**
 * Up to `maxWords` words just before `end`, in reading order, not reaching back past the end of the
 * previous sentence or clause, the opening of a bracket the words are in, or an "=" (each entry of a
 * "SF = long form" list stands alone).
 */
export function wordsBefore(text: string, end: number, maxWords: number): Word[] {
  const words: Word[] = [];
  let pos = end;
  while (words.length < maxWords) {
    while (pos > 0 && isSpace(text[pos - 1])) pos--;
    if (pos === 0) break;
    const rawEnd = pos;
    while (pos > 0 && !isSpace(text[pos - 1]) && rawEnd - pos < MAX_WORD) pos--;
    if (rawEnd - pos >= MAX_WORD) break;
    if (rawEnd !== end && endsClause(text, pos, rawEnd)) break;
    if (holds(text, pos, rawEnd, '=')) break;
    const word = trimWord(text, pos, rawEnd);
    if (word) words.push(word);
    if (holds(text, pos, rawEnd, '(')) break;
  }
  return words.reverse();
}

/** The words between `start` and `end`, in reading order. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let pos = start;
  while (pos < end) {
    while (pos < end && isSpace(text[pos])) pos++;
    const rawStart = pos;
    while (pos < end && !isSpace(text[pos])) pos++;
    const word = rawStart < pos ? trimWord(text, rawStart, pos) : null;
    if (word) words.push(word);
  }
  return words;
}
