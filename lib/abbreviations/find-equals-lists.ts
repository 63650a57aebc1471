import { type Alignment, alignLongForm } from './align-long-form';
import { isSpace } from './characters';
import { hasFirmEdges, longFormSpan } from './long-form-checks';
import { type ScoredDefinition, makeDefinition } from './scored-definition';
import { type ShortForm, readShortForm } from './short-form';
import { isSmallWord } from './small-words';
import { type Word, wordsIn } from './words';

/** Longest entry read after an "=": enough for any long form, and it keeps the scan linear. */
const MAX_ENTRY = 200;
/** Longer than any short form: where the look back for one stops. */
const MAX_SHORT = 20;
/** Where an entry ends: a semicolon, a line break, a bracket, a colon or full stop before a space, or the next entry. */
const ENTRY_END = /[;\n()[\]]|[.:](?=\s|$)|,\s*[^\s,;=]+\s*=/;

/** The token before `at`, back to a space or list punctuation: "AOS" in "services; AOS = ...". */
function tokenBefore(text: string, at: number): { start: number; end: number } {
  let end = at;
  while (end > 0 && isSpace(text[end - 1])) end--;
  let start = end;
  while (
    start > 0 &&
    end - start <= MAX_SHORT &&
    !isSpace(text[start - 1]) &&
    !';,:('.includes(text[start - 1] ?? ' ')
  ) {
    start--;
  }
  return { start, end };
}

function entryEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_ENTRY);
  const rest = text.slice(from, limit);
  const stop = rest.search(ENTRY_END);
  const nextEquals = rest.indexOf('=');
  const nextShort = nextEquals < 0 ? limit : tokenBefore(text, from + nextEquals).start;
  return Math.min(stop < 0 ? limit : from + stop, nextShort);
}

/** An entry's long form may skip words: the "=" already says that it is a definition. */
function isGoodEnough(text: string, words: Word[], alignment: Alignment): boolean {
  return alignment.innerMatches <= 1 && alignment.skippedWords <= 2 && hasFirmEdges(text, words, alignment);
}

/** How far apart two entries of one legend may be: the separator and a stray unit ("[g]", "(m)") between them. */
const LEGEND_GAP = 24;
/** Entries a legend needs, and how many of them must spell their short forms (and half), before it vouches for the rest. */
const LEGEND_SIZE = 3;
const LEGEND_SPELLED = 2;
/** Longer than any name: an entry running on this long is a sentence, or a table's next cells. */
const LEGEND_ENTRY_WORDS = 12;
/** A legend entry's whole text is its long form only if it has a word of letters... */
const LETTER_WORD = /\p{L}{2,}/u;
/** ...and is not a formula: "CN = 0.8 QS + 0.2 QS". */
const FORMULA = /[+*\u00d7<>]|\d\s*[.,]\s*\d/;

interface Entry {
  short: ShortForm;
  words: Word[];
  end: number;
  definition: ScoredDefinition | null;
}

/** Every "SF = ..." entry with a short form before its "=", spelled or not. */
function readEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  for (let at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
    const token = tokenBefore(text, at);
    const short = readShortForm(text, token.start, token.end);
    if (!short || text[at + 1] === '=' || text[at - 1] === '=') continue;
    const end = entryEnd(text, at + 1);
    const words = wordsIn(text, at + 1, end);
    const firstWord = words[0];
    const firsts = firstWord && isSmallWord(text.slice(firstWord.start, firstWord.end)) ? [0, 1] : [0];
    const alignment = alignLongForm(text, words, short.units, firsts);
    const spelled = alignment && isGoodEnough(text, words, alignment);
    // Unlike a bracket, an entry has no sure end (a table runs on after it): it ends at its last useful word.
    const definition = spelled
      ? makeDefinition(text, short, longFormSpan(text, words, alignment), alignment.score)
      : null;
    entries.push({ short, words, end, definition });
  }
  return entries;
}

/**
 * An entry in a legend of at least three, most of which spell their short forms, is a definition even
 * when its own long form does not spell its short form: "CY = Cyprus; CZ = Czech Republic; DE = Germany",
 * "UNFPA = United Nations Population Fund" among other agencies. Its long form is the whole entry.
 */
function legendDefinition(text: string, entry: Entry): ScoredDefinition | null {
  const first = entry.words[0];
  const last = entry.words[entry.words.length - 1];
  if (!first || !last || entry.words.length > LEGEND_ENTRY_WORDS) return null;
  const long = text.slice(first.start, last.end);
  if (!LETTER_WORD.test(long) || FORMULA.test(long) || readShortForm(text, first.start, last.end)) return null;
  return makeDefinition(text, entry.short, { start: first.start, end: last.end }, 0);
}

/**
 * Definitions written as a list of "SF = long form" entries, as in the abbreviation notes under
 * tables and reports: "Abbreviations: GEF = Global Environment Facility; IMF = International Monetary Fund".
 */
export function findEqualsLists(text: string): ScoredDefinition[] {
  const entries = readEntries(text);
  const found: ScoredDefinition[] = [];
  for (let i = 0, j = 0; i < entries.length; i = j) {
    // A legend: entries that follow one another with little but separators between them.
    for (j = i + 1; j < entries.length; j++) {
      const gap = (entries[j] as Entry).short.start - (entries[j - 1] as Entry).end;
      if (gap > LEGEND_GAP) break;
    }
    const legend = entries.slice(i, j);
    const spelled = legend.filter((e) => e.definition).length;
    const isLegend = legend.length >= LEGEND_SIZE && spelled >= Math.max(LEGEND_SPELLED, legend.length / 2);
    for (const entry of legend) {
      const definition = entry.definition ?? (isLegend ? legendDefinition(text, entry) : null);
      if (definition) found.push(definition);
    }
  }
  return found;
}
