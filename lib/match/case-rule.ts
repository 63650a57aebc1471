import type { Alias } from '../glossary/schema';

/**
 * How an alias's letter case must appear in the text.
 * - `exact`: as written. The default for acronyms and mixed-case short forms (TTP, LeT, IS-K):
 *   "TTP" never matches "ttp", "LeT" never matches "Let".
 * - `proper`: every capitalised word of the alias must be capitalised in the text; the rest of the
 *   case does not matter. The default for names ("Islamic State" matches "ISLAMIC STATE" in a
 *   headline, not "islamic state").
 * - `any`: case does not matter.
 */
export type CaseRule = 'exact' | 'proper' | 'any';

/** Whether a text has capitals and small letters: ASCII by character code, the rest by regular expression. */
function letterCases(text: string): { upper: boolean; lower: boolean } {
  let upper = false;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return { upper: /\p{Lu}/u.test(text), lower: /\p{Ll}/u.test(text) };
    if (code >= 65 && code <= 90) upper = true;
    else if (code >= 97 && code <= 122) lower = true;
  }
  return { upper, lower };
}

/** An inner capital in a short word, with small letters too: LeT, JeM, PhD (words split at spaces and hyphens). */
function hasShortMixedWord(text: string): boolean {
  let start = 0;
  let inner = false;
  let lower = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code >= 128)
      return text.split(/[\s-]+/).some((word) => word.length <= 5 && /^.+\p{Lu}/u.test(word) && /\p{Ll}/u.test(word));
    if (code === 32 || code === 45 || (code >= 9 && code <= 13)) {
      if (inner && lower && i - start <= 5) return true;
      start = i + 1;
      inner = false;
      lower = false;
    } else if (code >= 65 && code <= 90) {
      if (i > start) inner = true;
    } else if (code >= 97 && code <= 122) {
      lower = true;
    }
  }
  return false;
}

function looksLikeAcronym(text: string): boolean {
  const { upper, lower } = letterCases(text);
  if (!upper) return false;
  return !lower || hasShortMixedWord(text);
}

/** The case rule for one alias, from its explicit `case` or from the way it is written. */
export function caseRuleOf(alias: Alias): CaseRule {
  const text = typeof alias === 'string' ? alias : alias.text;
  if (typeof alias !== 'string' && alias.case) return alias.case;
  return looksLikeAcronym(text) ? 'exact' : 'proper';
}
