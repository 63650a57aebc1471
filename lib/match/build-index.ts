import type { Alias, Entry } from '../glossary/schema';
import { caseRuleOf, type CaseRule } from './case-rule';
import { aliasParts, firstWordKey } from './alias-parts';
import { foldWordOnce } from './fold';

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
  /** Aliases whose first word is this node's, not yet added below it: see buildMatchIndex. */
  pending: Pending[] | null;
}

/** An alias waiting in its first word's node. */
interface Pending {
  entryId: string;
  alias: Alias;
  text: string;
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
    found = { next: null, terminals: null, pending: null };
    node.next.set(key, found);
  }
  return found;
}

/** Adds an alias below its first word's node, word by word, ending in a terminal. */
function addAlias(firstNode: TrieNode, { entryId, alias, text }: Pending): void {
  const { words, gaps, ascii } = aliasParts(text);
  let node = firstNode;
  for (let i = 1; i < words.length; i++) node = child(node, ascii ? words[i]!.toLowerCase() : foldWordOnce(words[i]!));
  const cues = typeof alias === 'string' || !alias.cues?.length ? null : alias.cues;
  (node.terminals ??= []).push({ entryId, words, gaps, caseRule: caseRuleOf(alias), cues });
}

/**
 * A node as the matcher reads it: a first word's node gets its aliases added below it on the first
 * visit. Every other node is whole already.
 */
export function settled(node: TrieNode | null): TrieNode | null {
  if (node?.pending) {
    const pending = node.pending;
    node.pending = null;
    for (const item of pending) addAlias(node, item);
  }
  return node;
}

/**
 * Builds the matching index for a set of entries: every alias, and the term itself. The background
 * builds it each time it wakes, so the build only files each alias under its first word; the rest of
 * the alias (its other words, gaps, case rule) is added the first time a page has that word (settled).
 * A page names a few hundred of the glossary's first words, so most aliases never need more. With
 * 10,000 entries (npm run bench) the build went from 19-24 ms warm and 82-113 ms cold in Chromium to
 * 3-6 ms warm and 11-39 ms cold; a cold wake-up plus the sample article's first scan, in Node, from
 * 146-160 ms to 33-41 ms.
 */
export function buildMatchIndex(entries: Iterable<Entry>): MatchIndex {
  const root: TrieNode = { next: null, terminals: null, pending: null };
  let size = 0;
  for (const entry of entries) {
    const aliases = entry.aliases.length ? entry.aliases : [entry.term];
    for (const alias of aliases) {
      const text = typeof alias === 'string' ? alias : alias.text;
      const key = firstWordKey(text);
      if (key === null) continue;
      const node = child(root, key);
      (node.pending ??= []).push({ entryId: entry.id, alias, text });
      size++;
    }
  }
  return { root, size };
}
