import { type Alignment, alignLongForm } from './align-long-form';
import { isSpace } from './characters';
import { hasFirmEdges, longFormSpan } from './long-form-checks';
import { type ScoredDefinition, makeDefinition } from './scored-definition';
import { readShortForm } from './short-form';
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

/**
 * Definitions written as a list of "SF = long form" entries, as in the abbreviation notes under
 * tables and reports: "Abbreviations: GEF = Global Environment Facility; IMF = International Monetary Fund".
 */
export function findEqualsLists(text: string): ScoredDefinition[] {
  const found: ScoredDefinition[] = [];
  for (let at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
    const token = tokenBefore(text, at);
    const short = readShortForm(text, token.start, token.end);
    if (!short || text[at + 1] === '=' || text[at - 1] === '=') continue;
    const words = wordsIn(text, at + 1, entryEnd(text, at + 1));
    const firstWord = words[0];
    const firsts = firstWord && isSmallWord(text.slice(firstWord.start, firstWord.end)) ? [0, 1] : [0];
    const alignment = alignLongForm(text, words, short.units, firsts);
    if (!alignment || !isGoodEnough(text, words, alignment)) continue;
    found.push(makeDefinition(text, short, longFormSpan(text, words, alignment), alignment.score));
  }
  return found;
}
