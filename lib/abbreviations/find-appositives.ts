import { type Alignment, alignLongForm } from './align-long-form';
import { isAlphanumeric, isUppercase } from './characters';
import { hasFirmEdges, longFormSpan } from './long-form-checks';
import { type ScoredDefinition, makeDefinition } from './scored-definition';
import { type ShortForm, readShortForm } from './short-form';
import { type Word, wordsBefore, wordsIn } from './words';

/**
 * After a comma or dash, what introduces a short form: "…Province, or ISKP", "…Province, known as
 * ISKP", "…Province — also called ISKP".
 */
const SHORT_CUE =
  /\s*(?:or|(?:also\s+|commonly\s+|better\s+)?known\s+as|(?:also\s+)?called|abbreviated(?:\s+as)?)\s+["'\u201c\u2018]?/y;
/** After "ISKP,": the start of a capitalised name, maybe after "the". */
const NAME_AFTER = /\s+(?:the\s+)?(?=\p{Lu})/uy;
/** A comma or a dash: where an apposition opens. */
const MARK = /,|\u2013|\u2014|--/g;

/** Where an apposition ends: a comma, a clause mark, a bracket, a dash, or a full stop. */
const APPOSITION_END = /[,;:!?()[\]\u2013\u2014]|\.(?=\s|$)|\s--/;
const MAX_APPOSITION = 160;
/** Longer than any short form: where the look back for one stops. */
const MAX_SHORT = 16;

function isTokenChar(ch: string | undefined): boolean {
  return isAlphanumeric(ch) || (ch !== undefined && ch !== '' && "&.'\u2019/-".includes(ch));
}

/** An apposition is only weak evidence, so every word of its long form must give a letter from its start. */
function isStrict(text: string, words: Word[], alignment: Alignment): boolean {
  const { skippedWords, innerMatches, weakMatches, trailingCost } = alignment;
  return skippedWords + innerMatches + weakMatches + trailingCost === 0 && hasFirmEdges(text, words, alignment);
}

/** The short form in a matched token, without a full stop or quote that ends the sentence. */
function shortFormAt(text: string, start: number, token: string): ShortForm | null {
  const trimmed = /^(?:\p{L}\.)+$/u.test(token) ? token : token.replace(/[.'\u2019]+$/, '');
  const short = readShortForm(text, start, start + trimmed.length);
  const next = text[start + trimmed.length];
  return short && (next === undefined || !/[\p{L}\p{N}]/u.test(next)) ? short : null;
}

function longBeforeShort(text: string, at: number, short: ShortForm): ScoredDefinition | null {
  const size = short.units.length;
  const words = wordsBefore(text, at, Math.min(size + 5, 2 * size));
  const alignment = alignLongForm(
    text,
    words,
    short.units,
    words.map((_, i) => i),
  );
  if (!alignment || !isStrict(text, words, alignment)) return null;
  return makeDefinition(text, short, longFormSpan(text, words, alignment), alignment.score);
}

function longAfterShort(text: string, from: number, short: ShortForm): ScoredDefinition | null {
  const rest = text.slice(from, from + MAX_APPOSITION);
  const stop = rest.search(APPOSITION_END);
  const end = stop < 0 && from + rest.length === text.length ? rest.length : stop;
  if (end < 0) return null;
  const words = wordsIn(text, from, from + end);
  if (words.length > short.units.length + 5) return null;
  const alignment = alignLongForm(text, words, short.units, [0]);
  if (!alignment || !isStrict(text, words, alignment)) return null;
  return makeDefinition(text, short, longFormSpan(text, words, alignment), alignment.score);
}

function tokenAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start <= MAX_SHORT && isTokenChar(text[end])) end++;
  return text.slice(start, end);
}

function tokenBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start <= MAX_SHORT && isTokenChar(text[start - 1])) start--;
  return start;
}

/** "the Islamic State Khorasan Province, or ISKP": the long form before a comma or dash and a cue. */
function atCue(text: string, mark: number): ScoredDefinition | null {
  SHORT_CUE.lastIndex = mark + 1;
  if (!SHORT_CUE.test(text)) return null;
  const start = SHORT_CUE.lastIndex;
  const short = shortFormAt(text, start, tokenAfter(text, start));
  return short && longBeforeShort(text, mark, short);
}

/** "ISKP, the Islamic State Khorasan Province,": a short form, a comma, and the long form. */
function atComma(text: string, comma: number): ScoredDefinition | null {
  if (!isAlphanumeric(text[comma - 1]) && text[comma - 1] !== '.') return null;
  const start = tokenBefore(text, comma);
  if (start === comma || comma - start > MAX_SHORT || !isUppercase(text[start])) return null;
  const short = shortFormAt(text, start, text.slice(start, comma));
  if (!short || short.end !== comma) return null;
  NAME_AFTER.lastIndex = comma + 1;
  return NAME_AFTER.test(text) ? longAfterShort(text, NAME_AFTER.lastIndex, short) : null;
}

/**
 * Definitions written as appositions, common in news: "the Islamic State Khorasan Province, or ISKP",
 * "Islamic State Khorasan Province, known as ISKP", "ISKP, the Islamic State Khorasan Province,".
 * They are held to a stricter spelling than brackets: every word of the long form gives a letter.
 */
export function findAppositives(text: string): ScoredDefinition[] {
  const found: ScoredDefinition[] = [];
  for (const mark of text.matchAll(MARK)) {
    const isComma = mark[0] === ',';
    const at = mark.index + mark[0].length - 1;
    const definition = atCue(text, at) ?? (isComma ? atComma(text, at) : null);
    if (definition) found.push(definition);
  }
  return found;
}
