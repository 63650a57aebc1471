import { foldLetter, isUppercase } from './characters';
import { type ScoredDefinition, makeDefinition } from './scored-definition';
import type { ShortForm } from './short-form';
import { isSmallWord } from './small-words';
import { type Word, wordsBefore } from './words';

/** Longest name read before a bracket, in words. */
const MAX_NAME_WORDS = 12;
/** Name words whose initials the short form must hold, at least, and as shares of each side. */
const MIN_SHARED = 3;
const MIN_SHARE = 0.6;
/** Only capitals (a hyphen or slash between parts, a plural "s"): "UNFPA", "MONUSCO", "UN-OHRLLS". */
const CAPITALS = /^[\p{Lu}]+(?:[-/][\p{Lu}]+)*s?$/u;

/**
 * The capitalised name that ends at the bracket: its words from the first capitalised one, with small
 * words only between capitalised ones, not across a comma. Empty when the word before the bracket is not
 * capitalised.
 */
function nameWords(text: string, words: Word[]): Word[] {
  let start = words.length;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k] as Word;
    if (k < words.length - 1 && text[word.end] === ',') break;
    const small = isSmallWord(text.slice(word.start, word.end));
    if (isUppercase(text[word.start]) && !small) start = k;
    else if (!small) break;
  }
  return words.slice(start);
}

/**
 * How many of `initials` the short form's letters account for, each letter used once, in any order.
 */
function sharedInitials(initials: string[], letters: string[]): number {
  const left = [...letters];
  let shared = 0;
  for (const initial of initials) {
    const at = left.indexOf(initial);
    if (at < 0) continue;
    left.splice(at, 1);
    shared++;
  }
  return shared;
}

/**
 * Names whose acronym comes from another order or another language, so that the long form cannot spell
 * it in order: "United Nations Population Fund (UNFPA)", "United Nations Mission for the Referendum in
 * Western Sahara (MINURSO)". Tried only where the in-order rules find nothing, and accepted only for a
 * short form in capitals after a capitalised name when most of the name's word initials are among the
 * short form's letters and most of those letters are such initials (three at least). A person's name
 * before a party ("Shehbaz Sharif (PML-N)") shares one or two letters at most, and is left alone; a
 * translation that shares almost none ("Doctors Without Borders (MSF)") is beyond it.
 */
export function nameBefore(text: string, open: number, short: ShortForm): ScoredDefinition | null {
  const form = text.slice(short.start, short.end);
  if (!CAPITALS.test(form) || short.dotted) return null;
  const name = nameWords(text, wordsBefore(text, open, MAX_NAME_WORDS));
  const named = name.filter((word) => !isSmallWord(text.slice(word.start, word.end)));
  const letters = short.units.flatMap((unit) => (unit.kind === 'letter' ? [unit.value] : []));
  // A word before the name that gives it no letter is not part of it: "Report of the [Permanent Committee...]".
  let skip = 0;
  while (named.length - skip > MIN_SHARED && !letters.includes(foldLetter(text[named[skip]!.start] ?? ''))) skip++;
  const content = named.slice(skip);
  const initials = content.map((word) => foldLetter(text[word.start] ?? ''));
  const shared = sharedInitials(initials, letters);
  if (shared < MIN_SHARED || shared < MIN_SHARE * initials.length || shared < MIN_SHARE * letters.length) return null;
  // The short form's first letter opens a word of the name, and unless four letters or more are shared,
  // the name's last word (its head: "Fund", "Sahara") gives a letter too: a person named after a party
  // ("... Imran Khan (PTI)") does not.
  if (!initials.includes(letters[0] ?? '')) return null;
  if (shared < MIN_SHARED + 1 && !letters.includes(initials[initials.length - 1] ?? '')) return null;
  const first = content[0] as Word;
  const last = name[name.length - 1] as Word;
  return makeDefinition(text, short, { start: first.start, end: last.end }, 0);
}
