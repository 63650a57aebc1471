import { QUOTES, foldLetter, isAlphanumeric, isDigit, isLowercase, isSpace, isUppercase } from './characters';

/**
 * One thing a long form must supply for a short form: a letter ("t"), or a number ("7", matched by "7"
 * or "Seven"). `word` marks the capital that opens a whole word written into the short form: the W of
 * "UN-Women", the E of "WHO-Europe".
 */
export type Unit = { kind: 'letter'; value: string; word?: boolean } | { kind: 'number'; value: string };

/** A short form found in the text, with what its long form must spell. */
export interface ShortForm {
  start: number;
  end: number;
  units: Unit[];
  /** Written with a period after each letter ("N.A.", "C.L.A.C."): every letter opens a word. */
  dotted: boolean;
}

const MAX_LENGTH = 16;
const MAX_UNITS = 12;
/** Characters a short form may hold besides letters, digits and one space: "UN-Women", "R&D", "N.A.", "IBC's". */
const INNER = "-/.&+'\u2019";
const DOTTED = /^(?:\p{L}\.)+\p{L}?\.?$/u;
/** The second token of a two-token short form: a number, a Roman numeral, or capitals ("INT 1", "AP I", "ICP IM"). */
const SECOND_TOKEN = /^(?:\d+|[IVX]+|\p{Lu}{1,6})$/u;
/** The plural ending of "NGOs", "IBC's", "LDCs'", which the long form need not spell. */
const PLURAL = /(?<=\p{Lu})(?:s|['\u2019]s|s['\u2019])$/u;

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && (isSpace(text[s]) || QUOTES.includes(text[s] ?? ''))) s++;
  while (e > s && (isSpace(text[e - 1]) || QUOTES.includes(text[e - 1] ?? ''))) e--;
  return [s, e];
}

function hasAcronymShape(form: string): boolean {
  if (form.length < 2 || form.length > MAX_LENGTH || !isAlphanumeric(form[0])) return false;
  let upper = 0;
  let digits = 0;
  let space = -1;
  for (let i = 0; i < form.length; i++) {
    const ch = form[i];
    if (isUppercase(ch)) upper++;
    else if (isDigit(ch)) digits++;
    else if (ch === ' ' && space < 0) space = i;
    else if (!isAlphanumeric(ch) && !INNER.includes(ch ?? '')) return false;
  }
  if (space >= 0 && !SECOND_TOKEN.test(form.slice(space + 1))) return false;
  return upper >= 2 || (upper === 1 && digits > 0);
}

function unitsOf(form: string): Unit[] {
  const units: Unit[] = [];
  const stem = PLURAL.test(form) ? form.replace(PLURAL, '') : form;
  for (let i = 0; i < stem.length; i++) {
    const ch = stem[i] ?? '';
    if (isDigit(ch)) {
      let j = i;
      while (isDigit(stem[j + 1])) j++;
      units.push({ kind: 'number', value: stem.slice(i, j + 1) });
      i = j;
    } else if (isUppercase(ch) && isLowercase(stem[i + 1]) && isLowercase(stem[i + 2]) && isLowercase(stem[i + 3])) {
      units.push({ kind: 'letter', value: foldLetter(ch), word: true });
    } else if (isAlphanumeric(ch)) {
      units.push({ kind: 'letter', value: foldLetter(ch) });
    }
  }
  return units;
}

/**
 * Reads the span `start..end` as a short form: one or two tokens shaped like an acronym (at least two
 * capitals, or a capital and a digit: "TTP", "NGOs", "PhD", "G7", "INT 1"), quotes trimmed.
 * Null for anything else: "(2023)", "(pictured)", "(Reuters)", "(h, v)".
 */
export function readShortForm(text: string, start: number, end: number): ShortForm | null {
  const [s, e] = trimSpan(text, start, end);
  const form = text.slice(s, e);
  if (!hasAcronymShape(form)) return null;
  const units = unitsOf(form);
  if (units.length < 2 || units.length > MAX_UNITS || !units.some((u) => u.kind === 'letter')) return null;
  return { start: s, end: e, units, dotted: DOTTED.test(form) };
}
