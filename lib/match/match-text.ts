import type { CaseRule } from './case-rule';
import type { MatchIndex, Terminal, TrieNode } from './build-index';
import { foldMarks, foldWord } from './fold';
import { isJoiningGap, tokenize, type Token } from './tokenize';

/** A term found in a text: offsets into that text and the entry it names. */
export interface TextMatch {
  start: number;
  end: number;
  entryId: string;
  /** Set when the alias is ambiguous and only counts where the page supports it. */
  cues: string[] | null;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
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

function firstFitting(terminals: Terminal[] | null, words: Token[], plural: boolean): Terminal | null {
  if (!terminals) return null;
  for (const terminal of terminals) {
    if (caseFits(terminal.caseRule, terminal.words, words, plural)) return terminal;
  }
  return null;
}

/** "TTPs", "madrassas": a final plural s may follow the last word of a name. */
function pluralNode(node: TrieNode, word: string): TrieNode | null {
  if (word.length < 3 || !/s$/.test(word)) return null;
  return node.next?.get(foldWord(word.slice(0, -1))) ?? null;
}

interface Found {
  terminal: Terminal;
  endToken: number;
}

/** The longest alias starting at token `first` whose case rule holds. */
function longestAt(index: MatchIndex, text: string, tokens: Token[], first: number): Found | null {
  let node: TrieNode | null = index.root;
  let found: Found | null = null;
  for (let i = first; node && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > first) {
      const previous = tokens[i - 1]!;
      if (!isJoiningGap(text.slice(previous.end, token.start), previous.text)) break;
    }
    const plural = pluralNode(node, token.text);
    node = node.next?.get(foldWord(token.text)) ?? null;
    const words = tokens.slice(first, i + 1);
    const exact = firstFitting(node?.terminals ?? null, words, false);
    const terminal = exact ?? firstFitting(plural?.terminals ?? null, words, true);
    if (terminal) found = { terminal, endToken: i };
  }
  return found;
}

/**
 * Finds every glossary term in a text in one left-to-right pass over its words: at each word the
 * longest alias wins and matching resumes after it (leftmost-longest), so "Islamic State Khorasan
 * Province" is one match, not "Islamic State" plus change. Matches never start or end inside a word.
 */
export function matchText(index: MatchIndex, text: string): TextMatch[] {
  const tokens = tokenize(text);
  const matches: TextMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!index.root.next?.has(foldWord(tokens[i]!.text)) && !pluralNode(index.root, tokens[i]!.text)) continue;
    const found = longestAt(index, text, tokens, i);
    if (!found) continue;
    const { terminal, endToken } = found;
    matches.push({
      start: tokens[i]!.start,
      end: tokens[endToken]!.end,
      entryId: terminal.entryId,
      cues: terminal.cues,
    });
    i = endToken;
  }
  return matches;
}
