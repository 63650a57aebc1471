import { foldWord } from './fold';
import type { TextMatch } from './match-text';

function containsWord(haystack: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) return true;
    from = at + 1;
  }
}

/**
 * Drops matches of ambiguous aliases that the page does not support. "TTP" counts only on a page
 * where one of its cues ("Taliban", "Pakistan"...) appears, or where the same entry is also named by
 * an unambiguous alias ("Tehreek-e-Taliban Pakistan"). A medical page about thrombotic
 * thrombocytopenic purpura therefore shows no Pakistani Taliban.
 */
export function applyCues<M extends TextMatch>(matches: M[], pageText: string): M[] {
  if (!matches.some((match) => match.cues)) return matches;
  const folded = foldWord(pageText);
  const namedPlainly = new Set(matches.filter((match) => !match.cues).map((match) => match.entryId));
  const verdicts = new Map<string[], boolean>();
  return matches.filter((match) => {
    if (!match.cues || namedPlainly.has(match.entryId)) return true;
    let verdict = verdicts.get(match.cues);
    if (verdict === undefined) {
      verdict = match.cues.some((cue) => containsWord(folded, foldWord(cue)));
      verdicts.set(match.cues, verdict);
    }
    return verdict;
  });
}
