import { caseRuleOf } from './case-rule';
import { foldMarks, foldMarksInText, foldWord } from './fold';
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

const WORDS = /[\p{L}\p{N}_]+/gu;

/**
 * What the page's words (folded, as matchText saw them) say of a cue (folded): absent when one of its
 * words is not among them (the last may start one, unless the cue is a whole word); present when it
 * is one word that starts one; otherwise the text must be searched. Most cues are absent or one word, and each search
 * is a scan of the whole page (50 ms for a 10,000-entry glossary on a 100,000-word page).
 */
function wordFilter(words: Set<string>) {
  let sorted: string[] | null = null;
  const startsAWord = (prefix: string) => {
    sorted ??= [...words].sort();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    return sorted[low]?.startsWith(prefix) ?? false;
  };
  return (cue: string, whole: boolean): 'yes' | 'no' | 'maybe' => {
    const parts = cue.match(WORDS);
    if (!parts) return 'maybe';
    const last = parts.length - 1;
    const present = parts.every((part, i) => words.has(part) || (!whole && i === last && startsAWord(part)));
    if (!present) return 'no';
    return parts.length === 1 && !whole && parts[0]!.length === cue.length ? 'yes' : 'maybe';
  };
}

/**
 * Keeps the matches the page supports. An ambiguous alias ("TTP") counts only on a page where one
 * of its cues ("Taliban", "Pakistan"...) appears, or where the same entry is also named by an
 * unambiguous alias ("Tehreek-e-Taliban Pakistan"); when several entries share the alias ("JI"), the
 * first one the page supports wins. A medical page about thrombotic thrombocytopenic purpura
 * therefore shows no Pakistani Taliban. `words`, the page's words from matchText, makes it faster.
 */
export function applyCues<M extends TextMatch>(matches: M[], pageText: string, words?: Set<string>): M[] {
  if (!matches.some((match) => match.cues || match.alternatives)) return matches;
  // The page folded as cues are compared, made only when a cue needs a search of the text.
  let cased: string | null = null;
  let folded: string | null = null;
  const text = () => {
    cased ??= foldMarksInText(pageText);
    // foldWord(pageText), without decomposing the whole page a second time.
    folded ??= cased.toLowerCase();
    return { cased, folded };
  };
  // A cue follows the case rule of aliases: "ISIS" counts only in capitals and as a whole word;
  // "Pakistan" in any case and as the start of a word ("Pakistani", "Pakistan's").
  const filter = words ? wordFilter(words) : null;
  let lower: string | null = null;
  // The page as written first: a cue found there is found in the folded page too, and folding a whole
  // page with accents in it (NFKD) costs more than the search (15 ms on 100,000 words).
  const search = (cue: string, exact: boolean) => {
    if (exact) return containsWord(pageText, foldMarks(cue), true) || containsWord(text().cased, foldMarks(cue), true);
    lower ??= pageText.toLowerCase();
    return containsWord(lower, foldWord(cue), false) || containsWord(text().folded, foldWord(cue), false);
  };
  const cueVerdicts = new Map<string, boolean>();
  const found = (cue: string) => {
    let verdict = cueVerdicts.get(cue);
    if (verdict === undefined) {
      const exact = caseRuleOf(cue) === 'exact';
      const answer = filter?.(foldWord(cue), exact);
      // A one-word cue that starts a word of the page is all a search would find.
      verdict = answer === 'yes' || (answer !== 'no' && search(cue, exact));
      cueVerdicts.set(cue, verdict);
    }
    return verdict;
  };
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
