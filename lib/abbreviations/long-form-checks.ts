import { type Alignment, SKIP_COST } from './align-long-form';
import { isAlphanumeric, isDigit, isLowercase, isUppercase } from './characters';
import { isSmallWord } from './small-words';
import type { Word } from './words';

const POSSESSIVE = /['\u2019]s?$/;
/** An acronym followed by a comma inside a long form: a list ("UNICEF, WFP and the United Nations Population"). */
const ACRONYM_IN_LIST = /(?:^|\s)[\p{Lu}\d]{2,}s?[,;]\s/u;

function wordText(text: string, word: Word | undefined): string {
  return word ? text.slice(word.start, word.end) : '';
}

/**
 * The long form chosen by an alignment, from its start to its last word that gives the short form
 * something, without a possessive ending ("Department of Health and Human Service's (HHS)").
 */
export function longFormSpan(text: string, words: Word[], alignment: Alignment): { start: number; end: number } {
  const last = words[alignment.last];
  const end = last?.end ?? alignment.start;
  const possessive = POSSESSIVE.exec(text.slice(last?.start ?? end, end));
  return { start: alignment.start, end: possessive ? end - possessive[0].length : end };
}

/** A word in capitals only, another acronym: "International Trade Centre UNCTAD/WTO (ITC)" ends before it. */
function isAcronym(text: string, word: Word): boolean {
  if (word.end - word.start < 2) return false;
  for (let pos = word.start; pos < word.end; pos++) if (isLowercase(text[pos])) return false;
  return true;
}

/**
 * The name a long form belongs to runs on past its last useful word through capitalised words (and the
 * small words between them) up to the bracket: "International Rehabilitation Council for Torture Victims
 * (IRCT)", "United Nations Preventive Deployment Force (UNPREDEP)". A word in lower case, or another
 * acronym, ends it:
 * "Inter-Services Intelligence agency (ISI)" is "Inter-Services Intelligence".
 */
export function nameEnd(text: string, words: Word[], last: number): number {
  let end = last;
  for (let k = last + 1; k < words.length; k++) {
    const word = words[k] as Word;
    const first = text[word.start];
    if (isAcronym(text, word)) break;
    if (isUppercase(first) || isDigit(first)) end = k;
    else if (!isSmallWord(text.slice(word.start, word.end))) break;
  }
  return end;
}

/**
 * A long form neither starts with a small word in lower case ("on the termination of...") nor ends
 * with a small word ("Institute for").
 */
export function hasFirmEdges(text: string, words: Word[], alignment: Alignment): boolean {
  const first = wordText(text, words[alignment.first]);
  if (isSmallWord(first) && isLowercase(first[0]) && alignment.start === words[alignment.first]?.start) return false;
  return !isSmallWord(wordText(text, words[alignment.last]));
}

/**
 * The words left out after a long form's last useful word may hold `limit` words, one more when they
 * open with a small word: "Inter-Services Intelligence agency (ISI)", "Financial Action Task Force on
 * Money Laundering (FATF)". Words are left out only after a unit spelled by a word start, not by a
 * letter inside a word ("Non-Prolifera-t-ion of Nuclear Weapons (NPT)").
 */
export function tailFits(text: string, words: Word[], alignment: Alignment, limit: number): boolean {
  if (alignment.trailingCost === 0) return true;
  if (!alignment.endsOnStart) return false;
  const opensWithSmallWord = isSmallWord(wordText(text, words[alignment.last + 1]));
  return alignment.trailingCost <= (opensWithSmallWord ? limit + 1 : limit) * SKIP_COST;
}

/** True unless the long form is no longer than its short form, repeats it, or runs across a list of acronyms. */
export function isPlausibleLongForm(short: string, long: string): boolean {
  if (long.length <= short.length || ACRONYM_IN_LIST.test(long)) return false;
  for (let at = long.indexOf(short); at >= 0; at = long.indexOf(short, at + 1)) {
    if (!isAlphanumeric(long[at - 1]) && !isAlphanumeric(long[at + short.length])) return false;
  }
  return true;
}
