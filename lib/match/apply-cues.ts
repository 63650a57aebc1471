import { caseRuleOf } from './case-rule';
import { foldMarks, foldWord } from './fold';
import type { Candidate, TextMatch } from './match-text';

function isWordChar(char: string | undefined): boolean {
  return !!char && /[\p{L}\p{N}_]/u.test(char);
}

/** Whether `needle` starts a word of `haystack` (and, when `whole`, also ends one). */
function containsWord(haystack: string, needle: string, whole: boolean): boolean {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && (!whole || !isWordChar(haystack[at + needle.length]))) return true;
  }
  return false;
}

/**
 * Keeps the matches the page supports. An ambiguous alias ("TTP") counts only on a page where one
 * of its cues ("Taliban", "Pakistan"...) appears, or where the same entry is also named by an
 * unambiguous alias ("Tehreek-e-Taliban Pakistan"); when several entries share the alias ("JI"), the
 * first one the page supports wins. A medical page about thrombotic thrombocytopenic purpura
 * therefore shows no Pakistani Taliban.
 */
export function applyCues<M extends TextMatch>(matches: M[], pageText: string): M[] {
  if (!matches.some((match) => match.cues || match.alternatives)) return matches;
  const cased = foldMarks(pageText);
  // foldWord(pageText), without decomposing the whole page a second time.
  const folded = cased.toLowerCase();
  // A cue follows the case rule of aliases: "ISIS" counts only in capitals and as a whole word;
  // "Pakistan" in any case and as the start of a word ("Pakistani", "Pakistan's").
  const found = (cue: string) =>
    caseRuleOf(cue) === 'exact'
      ? containsWord(cased, foldMarks(cue), true)
      : containsWord(folded, foldWord(cue), false);
  const namedPlainly = new Set(matches.filter((match) => !match.cues).map((match) => match.entryId));
  const verdicts = new Map<string[], boolean>();
  const supported = (candidate: Candidate) => {
    if (!candidate.cues || namedPlainly.has(candidate.entryId)) return true;
    let verdict = verdicts.get(candidate.cues);
    if (verdict === undefined) {
      verdict = candidate.cues.some(found);
      verdicts.set(candidate.cues, verdict);
    }
    return verdict;
  };
  const kept: M[] = [];
  for (const match of matches) {
    const choice = [match, ...(match.alternatives ?? [])].find(supported);
    if (choice) kept.push({ ...match, entryId: choice.entryId, cues: choice.cues });
  }
  return kept;
}
