// The matcher alone, in Node: lib/match against a well-kept Aho-Corasick library from npm
// (modern-ahocorasick) given the same aliases, with the same word-boundary rule and the same
// leftmost-longest choice. The project's rule: keep our own matcher only if it is at least 2x faster.
import AhoCorasick from 'modern-ahocorasick';
import { buildMatchIndex, matchText } from '../lib/match';
import type { Glossary } from './glossaries';
import { timeRuns } from './stats';

export interface MatcherRun {
  matcher: string;
  glossary: string;
  /** Milliseconds for the whole text, one per run. */
  times: number[];
  matches: number;
  /** Milliseconds to compile the glossary once. */
  buildMs: number;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Keeps the hits that start and end on word boundaries, then the leftmost-longest of overlapping ones. */
function wordHits(text: string, hits: { start: number; end: number }[]): number {
  const bounded = hits
    .filter((hit) => !WORD_CHAR.test(text[hit.start - 1] ?? ' ') && !WORD_CHAR.test(text[hit.end] ?? ' '))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let count = 0;
  let reached = 0;
  for (const hit of bounded) {
    if (hit.start < reached) continue;
    count++;
    reached = hit.end;
  }
  return count;
}

/**
 * The library block by block, like lib/match. (Given the whole page in one string it slows down more
 * than linearly: 65 KB took 0.5-0.8 s against 0.13 s for all 650 KB in blocks. Its double-array
 * backend, modern-ahocorasick/fast, was slower still here.)
 */
function ahoCorasickRun(glossary: Glossary, blocks: string[], runs: number, warmups: number): MatcherRun {
  const start = performance.now();
  const matcher = new AhoCorasick([...new Set(glossary.aliases.map((alias) => alias.toLowerCase()))]);
  const buildMs = performance.now() - start;
  let matches = 0;
  // Case-insensitive, as most aliases are: each block is lower-cased, as the patterns were.
  const matchAll = () =>
    (matches = blocks.reduce((sum, block) => sum + wordHits(block, matcher.search(block.toLowerCase())), 0));
  const times = timeRuns(matchAll, runs, warmups);
  return { matcher: 'modern-ahocorasick 3.3.0', glossary: glossary.name, times, matches, buildMs };
}

function libMatchRun(glossary: Glossary, blocks: string[], runs: number, warmups: number): MatcherRun {
  const start = performance.now();
  const index = buildMatchIndex(glossary.entries);
  const buildMs = performance.now() - start;
  let matches = 0;
  const times = timeRuns(
    () => (matches = blocks.reduce((sum, block) => sum + matchText(index, block).length, 0)),
    runs,
    warmups,
  );
  return { matcher: 'lib/match (word trie)', glossary: glossary.name, times, matches, buildMs };
}

/** Both matchers over the page's blocks, with each glossary. */
export function benchMatchers(blocks: string[], glossaries: Glossary[], runs: number, warmups: number): MatcherRun[] {
  return glossaries.flatMap((glossary) => [
    libMatchRun(glossary, blocks, runs, warmups),
    ahoCorasickRun(glossary, blocks, runs, warmups),
  ]);
}
