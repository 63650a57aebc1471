// The matcher alone, in Node: lib/match against a well-kept Aho-Corasick library from npm
// (modern-ahocorasick) given the same aliases, with the same word-boundary rule and the same
// leftmost-longest choice. The project's rule: keep our own matcher only if it is at least 2x faster.
import AhoCorasick from 'modern-ahocorasick';
import { buildMatchIndex, matchText } from '../lib/match';
import type { Glossary } from './glossaries';
import { timeRuns, type RunTimes } from './stats';

/** One matcher with one glossary: milliseconds for the whole text, per run. */
export interface MatcherRun extends RunTimes {
  matcher: string;
  glossary: string;
  matches: number;
  /** Milliseconds to compile the glossary once. */
  buildMs: number;
  /**
   * Milliseconds of the first pass over the page, right after the build: what a background that has
   * just woken pays (lib/match settles the page's first words' aliases then), with buildMs.
   */
  firstMs: number;
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

/** A matcher compiled for one glossary, ready to run over the page's blocks. */
interface Contender {
  name: string;
  buildMs: number;
  /** Matches in all the blocks. */
  run(): number;
}

function compiled(name: string, compile: () => (block: string) => number, blocks: string[]): Contender {
  const start = performance.now();
  const count = compile();
  const buildMs = performance.now() - start;
  return { name, buildMs, run: () => blocks.reduce((sum, block) => sum + count(block), 0) };
}

/** lib/match as the background runs it: matchText on each block (applyCues is the same for both). */
function libMatch(glossary: Glossary, blocks: string[]): Contender {
  return compiled(
    'lib/match (word trie)',
    () => {
      const index = buildMatchIndex(glossary.entries);
      return (block) => matchText(index, block).length;
    },
    blocks,
  );
}

/**
 * The library block by block, like lib/match, case-insensitive as most aliases are: blocks and
 * patterns lower-cased. (Given the whole page as one string it slowed down more than linearly: 65 KB
 * took 0.5-0.8 s against 0.13 s for all 650 KB in blocks. Its double-array backend,
 * modern-ahocorasick/fast, was slower still here.)
 */
function ahoCorasick(glossary: Glossary, blocks: string[]): Contender {
  return compiled(
    'modern-ahocorasick 3.3.0',
    () => {
      const matcher = new AhoCorasick([...new Set(glossary.aliases.map((alias) => alias.toLowerCase()))]);
      return (block) => wordHits(block, matcher.search(block.toLowerCase()));
    },
    blocks,
  );
}

/**
 * Both matchers over the page's blocks, with each glossary, taking turns run by run (and swapping
 * who goes first) so that a busy moment of the machine falls on both.
 */
export function benchMatchers(blocks: string[], glossaries: Glossary[], runs: number, warmups: number): MatcherRun[] {
  return glossaries.flatMap((glossary) => {
    const contenders = [libMatch(glossary, blocks), ahoCorasick(glossary, blocks)];
    const results = contenders.map((contender): MatcherRun => ({
      matcher: contender.name,
      glossary: glossary.name,
      times: [],
      cpu: [],
      matches: 0,
      buildMs: contender.buildMs,
      firstMs: 0,
    }));
    for (let round = 0; round < warmups + runs; round++) {
      const order = round % 2 ? [1, 0] : [0, 1];
      for (const i of order) {
        const timed = timeRuns(() => (results[i]!.matches = contenders[i]!.run()), 1, 0);
        if (round === 0) results[i]!.firstMs = timed.times[0]!;
        if (round < warmups) continue;
        results[i]!.times.push(...timed.times);
        results[i]!.cpu.push(...timed.cpu);
      }
    }
    return results;
  });
}
