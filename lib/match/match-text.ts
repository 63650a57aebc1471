import type { CaseRule } from './case-rule';
import { settled, type MatchIndex, type Terminal, type TrieNode } from './build-index';
import { foldMarks, foldWord } from './fold';
import { gapKey, tokenize, type Token } from './tokenize';

/** One entry a stretch of text may name, with the cues that meaning needs (null: none). */
export interface Candidate {
  entryId: string;
  cues: string[] | null;
}

/** A term found in a text: offsets into that text and the entry it names. */
export interface TextMatch extends Candidate {
  start: number;
  end: number;
  /** Other entries with the same alias ("JI"), tried in order when the page does not support the first. */
  alternatives?: Candidate[];
}

const CAPITAL = /^\p{Lu}/u;

/** Whether a word starts with a capital: ASCII by character code, the rest by regular expression. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(word);
}

function caseFits(rule: CaseRule, aliasWords: string[], textWords: Token[], plural: boolean): boolean {
  if (rule === 'any') return true;
  return aliasWords.every((aliasWord, i) => {
    let written = textWords[i]?.text ?? '';
    if (plural && i === aliasWords.length - 1) written = written.slice(0, -1);
    if (rule === 'exact') return foldMarks(written) === foldMarks(aliasWord);
    return !isCapitalised(aliasWord) || isCapitalised(written);
  });
}

function fitting(terminals: Terminal[] | null, words: Token[], gaps: string[], plural: boolean): Terminal[] {
  if (!terminals) return [];
  return terminals.filter(
    (terminal) =>
      terminal.gaps.every((gap, i) => gap === gaps[i]) && caseFits(terminal.caseRule, terminal.words, words, plural),
  );
}

/** "TTPs", "madrassas": a final plural s may follow the last word of a name (`key`: the word folded). */
function pluralNode(node: TrieNode, word: string, key: string): TrieNode | null {
  if (word.length < 3 || word.charCodeAt(word.length - 1) !== 115 /* a lower-case s */) return null;
  return settled(node.next?.get(key.slice(0, -1)) ?? null);
}

/** A number inside a larger one or a date ("9/11/2023", "7.5") is not a name. */
function partOfNumber(text: string, start: number, end: number): boolean {
  return /^[./,:]\d/.test(text.slice(end, end + 2)) || /\d[./,:]$/.test(text.slice(Math.max(0, start - 2), start));
}

interface Found {
  terminals: Terminal[];
  endToken: number;
}

/** The longest aliases starting at token `first` whose gaps and case rule hold. */
function longestAt(index: MatchIndex, text: string, tokens: Token[], first: number): Found | null {
  let node: TrieNode = index.root;
  let found: Found | null = null;
  const gaps: string[] = [];
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i]!;
    const key = foldWord(token.text);
    const next = settled(node.next?.get(key) ?? null);
    const plural = pluralNode(node, token.text, key);
    // Most names stop here: the next word is not part of any, so no gap is read and nothing is built.
    if (!next && !plural) break;
    if (i > first) {
      const gap = gapKey(text.slice(tokens[i - 1]!.end, token.start));
      if (gap === null) break;
      gaps.push(gap);
    }
    if (next?.terminals || plural?.terminals) {
      const words = tokens.slice(first, i + 1);
      let terminals = fitting(next?.terminals ?? null, words, gaps, false);
      if (terminals.length === 0) terminals = fitting(plural?.terminals ?? null, words, gaps, true);
      if (terminals.length && !(/\d/.test(token.text) && partOfNumber(text, tokens[first]!.start, token.end))) {
        found = { terminals, endToken: i };
      }
    }
    if (!next) break;
    node = next;
  }
  return found;
}

/**
 * Finds every glossary term in a text in one left-to-right pass over its words: at each word the
 * longest alias wins and matching resumes after it (leftmost-longest), so "Islamic State Khorasan
 * Province" is one match, not "Islamic State" plus change. Matches never start or end inside a word.
 * `seen`, when given, collects every word of the text as compared (folded), for applyCues.
 */
export function matchText(index: MatchIndex, text: string, seen?: Set<string>): TextMatch[] {
  const tokens = tokenize(text);
  const matches: TextMatch[] = [];
  const root = index.root;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    const key = foldWord(word);
    seen?.add(key);
    if (!root.next?.has(key) && !pluralNode(root, word, key)) continue;
    const found = longestAt(index, text, tokens, i);
    if (!found) continue;
    const [first, ...others] = found.terminals.map((t): Candidate => ({ entryId: t.entryId, cues: t.cues }));
    const match: TextMatch = { start: tokens[i]!.start, end: tokens[found.endToken]!.end, ...first! };
    if (others.length) match.alternatives = others;
    matches.push(match);
    i = found.endToken;
  }
  return matches;
}
