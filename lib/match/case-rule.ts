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

function looksLikeAcronym(text: string): boolean {
  const { upper, lower } = letterCases(text);
  if (!upper) return false;
  if (!lower) return true;
  // An inner capital in a short word: LeT, JeM, PhD.
  return text.split(/[\s-]+/).some((word) => word.length <= 5 && /^.+\p{Lu}/u.test(word) && /\p{Ll}/u.test(word));
}

/** The case rule for one alias, from its explicit `case` or from the way it is written. */
export function caseRuleOf(alias: Alias): CaseRule {
  const text = typeof alias === 'string' ? alias : alias.text;
  if (typeof alias !== 'string' && alias.case) return alias.case;
  return looksLikeAcronym(text) ? 'exact' : 'proper';
}
