import { type Alignment, alignLongForm } from './align-long-form';
import { hasFirmEdges, longFormSpan, nameEnd, tailFits } from './long-form-checks';
import { nameBefore } from './name-initials';
import { type ScoredDefinition, makeDefinition } from './scored-definition';
import { type ShortForm, readShortForm } from './short-form';
import { type Word, wordsBefore, wordsIn } from './words';

/** Longest bracket content read: a definition never needs more, and it keeps the scan linear. */
const MAX_CONTENT = 200;
/** Words that may open a bracketed short form: "(hereinafter “the TTP”)", "(also known as ISKP)". */
const SHORT_CUE =
  /(?:(?:hereinafter|hereafter)(?:\s+referred\s+to)?(?:\s+as)?|(?:also\s+)?known\s+as|(?:also\s+)?called|referred\s+to\s+as|abbreviated(?:\s+as)?|formerly|or)\s+/iy;
const ARTICLE = /(?:the|a|an)\s+/iy;
/** Short forms this long may skip two words of their long form ("Office of the [United Nations] High Commissioner for Human Rights"). */
const LONG_SHORT_FORM = 5;
/** How many letters a single word needs for each unit it spells from inside ("polyurethane (PU)", not "chamber (CB)"). */
const COMPOUND_RATIO = 4;

function closeOf(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_CONTENT);
  for (let i = open + 1; i < limit; i++) {
    const ch = text[i];
    if (ch === ')') return i;
    if (ch === '(' || ch === '\n') return -1;
  }
  return -1;
}

/** Skips what a sticky `pattern` matches at `start`, if it ends before `end`. */
function skipPrefix(text: string, start: number, end: number, pattern: RegExp): number {
  pattern.lastIndex = start;
  return pattern.test(text) && pattern.lastIndex <= end ? pattern.lastIndex : start;
}

/**
 * A long form before the bracket may skip a word (two for long short forms), and must spell at least
 * two units from word starts unless it is a single word ("chlorofluorocarbon (CFC)").
 */
function isLooseEnough(text: string, words: Word[], alignment: Alignment, short: ShortForm): boolean {
  const { skippedWords, innerMatches, weakMatches } = alignment;
  const units = short.units.length;
  if (skippedWords + innerMatches > (units >= LONG_SHORT_FORM ? 2 : 1) || innerMatches > 1) return false;
  if (weakMatches > units - 2 && !isCompound(text, words, alignment, short)) return false;
  return hasFirmEdges(text, words, alignment) && tailFits(text, words, alignment, 2);
}

/** A single long word that spells a short form from inside it: "chlorofluorocarbon (CFC)". */
function isCompound(text: string, words: Word[], alignment: Alignment, short: ShortForm): boolean {
  const word = words[alignment.first];
  if (!word || alignment.first !== alignment.last || short.dotted) return false;
  return word.end - word.start >= COMPOUND_RATIO * short.units.length;
}

/** An acronym then a comma closes a list item: "LDCs, landlocked developing countries (LLDCs)" starts after it. */
const LISTED_ACRONYM = /^[\p{Lu}\d]{2,}s?$/u;
function afterListedAcronym(text: string, words: Word[]): Word[] {
  for (let k = words.length - 2; k >= 0; k--) {
    const word = words[k] as Word;
    const after = text[word.end];
    if ((after === ',' || after === ';') && LISTED_ACRONYM.test(text.slice(word.start, word.end)))
      return words.slice(k + 1);
  }
  return words;
}

/** "Tehreek-e-Taliban Pakistan (TTP)": the long form is chosen among the words just before the bracket. */
function longBefore(text: string, open: number, short: ShortForm): ScoredDefinition | null {
  const size = short.units.length;
  // A word or a year written whole into the short form may stand after a long run of words it skips
  // ("United Nations Framework Classification for ... Resources 2009 (UNFC-2009)"): look further back.
  const whole = short.units.some((unit) => (unit.kind === 'number' ? unit.value.length >= 3 : unit.word));
  const words = afterListedAcronym(text, wordsBefore(text, open, Math.min(size + 5, 2 * size) + (whole ? 8 : 0)));
  const firsts = words.map((_, i) => i);
  const alignment = alignLongForm(text, words, short.units, firsts);
  if (!alignment || !isLooseEnough(text, words, alignment, short)) return null;
  const named = { ...alignment, last: nameEnd(text, words, alignment.last) };
  return makeDefinition(text, short, longFormSpan(text, words, named), alignment.score);
}

/**
 * "TTP (Tehreek-e-Taliban Pakistan)": the whole bracket must spell the word before it, every word
 * giving a letter, at least two of them from word starts.
 */
function shortBefore(text: string, open: number, close: number): ScoredDefinition | null {
  const [word] = wordsBefore(text, open, 1);
  if (!word || !/^["'\u201d\u2019]?\s*$/.test(text.slice(word.end, open))) return null;
  const short = readShortForm(text, word.start, word.end);
  if (!short) return null;
  const contentStart = skipPrefix(text, open + 1, close, ARTICLE);
  if (readShortForm(text, contentStart, close)) return null;
  const words = wordsIn(text, contentStart, close);
  const alignment = alignLongForm(text, words, short.units, [0]);
  if (!alignment || alignment.skippedWords > 1 || alignment.innerMatches + alignment.trailingCost > 0) return null;
  if (alignment.weakMatches > short.units.length - 2 || !hasFirmEdges(text, words, alignment)) return null;
  return makeDefinition(text, short, longFormSpan(text, words, alignment), alignment.score);
}

function atBracket(text: string, open: number, close: number): ScoredDefinition | null {
  const contentStart = skipPrefix(text, skipPrefix(text, open + 1, close, SHORT_CUE), close, ARTICLE);
  let cut = contentStart;
  while (cut < close && text[cut] !== ',' && text[cut] !== ';') cut++;
  const short = readShortForm(text, contentStart, cut);
  return (
    (short && longBefore(text, open, short)) ??
    shortBefore(text, open, close) ??
    (short && nameBefore(text, open, short))
  );
}

/**
 * Definitions written with brackets, in either order: "Tehreek-e-Taliban Pakistan (TTP)",
 * "TTP (Tehreek-e-Taliban Pakistan)". Brackets that hold a year, a source or a clause give nothing.
 */
export function findParenthesised(text: string): ScoredDefinition[] {
  const found: ScoredDefinition[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = closeOf(text, open);
    const definition = close < 0 ? null : atBracket(text, open, close);
    if (definition) found.push(definition);
  }
  return found;
}
