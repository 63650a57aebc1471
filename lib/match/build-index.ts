import type { Entry } from '../glossary/schema';
import { caseRuleOf, type CaseRule } from './case-rule';
import { foldWordOnce } from './fold';
import { gapKey, tokenize } from './tokenize';

/** One alias ending at a trie node. */
export interface Terminal {
  entryId: string;
  /** The alias's words as written, for the case rule. */
  words: string[];
  /** The kind of gap between each pair of words (see gapKey): "9/11" must be written with its slash. */
  gaps: string[];
  caseRule: CaseRule;
  /** Cues of an ambiguous alias: one must appear on the page (or another alias of the entry). */
  cues: string[] | null;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  terminals: Terminal[] | null;
}

/** The compiled glossary: a trie over folded words, built once and shared by every match. */
export interface MatchIndex {
  root: TrieNode;
  /** How many aliases were indexed (for the bench and diagnostics). */
  size: number;
}

function child(node: TrieNode, key: string): TrieNode {
  node.next ??= new Map();
  let found = node.next.get(key);
  if (!found) {
    found = { next: null, terminals: null };
    node.next.set(key, found);
  }
  return found;
}

/** The gaps of every one-word alias (most of them): one shared array, not one each. */
const NO_GAPS: string[] = [];

/** Builds the matching index for a set of entries: every alias, and the term itself. */
export function buildMatchIndex(entries: Iterable<Entry>): MatchIndex {
  const root: TrieNode = { next: null, terminals: null };
  let size = 0;
  for (const entry of entries) {
    const aliases = entry.aliases.length ? entry.aliases : [entry.term];
    for (const alias of aliases) {
      const text = typeof alias === 'string' ? alias : alias.text;
      const tokens = tokenize(text);
      const words = tokens.map((token) => token.text);
      if (words.length === 0) continue;
      const gaps =
        tokens.length === 1
          ? NO_GAPS
          : tokens.slice(1).map((token, i) => gapKey(text.slice(tokens[i]!.end, token.start)) ?? '');
      let node = root;
      for (const word of words) node = child(node, foldWordOnce(word));
      const cues = typeof alias === 'string' || !alias.cues?.length ? null : alias.cues;
      (node.terminals ??= []).push({ entryId: entry.id, words, gaps, caseRule: caseRuleOf(alias), cues });
      size++;
    }
  }
  return { root, size };
}
