import { isAlphanumeric, isDigit } from './characters';
import type { Unit } from './short-form';
import { isSmallWord } from './small-words';
import { type Candidate, unitCandidates } from './unit-candidates';
import type { Word } from './words';

/** The best way found to spell a short form with the words of a long form. */
export interface Alignment {
  /** Where the long form starts: the start of word `first`, or of a part of it ("post-Second Meeting"). */
  start: number;
  /** Index of the long form's first word. */
  first: number;
  /** Index of the last word that gives the short form something. */
  last: number;
  /** How well the long form spells the short form: higher is better. */
  score: number;
  /** Words between `first` and `last` that give nothing and are not small words. */
  skippedWords: number;
  /** Units taken from inside a word whose start gave nothing ("thyroid hormone re-c-eptor"). */
  innerMatches: number;
  /** Units taken from inside a word and not right after the unit before: inner ones and "Nat-i-ons" in UNICEF. */
  weakMatches: number;
  /** What the words after `last` would cost if kept: SKIP_COST a word, less for numbers, 0 for small words. */
  trailingCost: number;
  /** Whether the last unit is spelled by the start of a word or part, or right after the unit before. */
  endsOnStart: boolean;
}

/** How much each way of spelling a unit is worth: word starts are what acronyms are made of. */
const GAIN = { initial: 3, part: 2.5, continuation: 1.5, sameWord: 0.5, inner: -1 };
/** The cost of a word that gives nothing: "Pakistan People's Party (PPP)" must not start at "People's". */
export const SKIP_COST = 3;
const NUMBER_SKIP_COST = 1;
/** Digits a number needs to name its long form on its own, like a year ("UNFC-2009"). */
const WHOLE_NUMBER = 3;
/** Starting before a comma is usually starting in the item before, in a list: "LDCs, landlocked countries (LLDCs)". */
const COMMA_COST = 2;
/** Starting at a small word ("the") only when nothing better is found. */
const SMALL_START_COST = 1;

function skipCost(text: string, word: Word, small: boolean): number {
  let letters = false;
  let digits = false;
  for (let pos = word.start; pos < word.end; pos++) {
    const ch = text[pos];
    if (isDigit(ch)) digits = true;
    else if (isAlphanumeric(ch)) letters = true;
  }
  if (!letters && !digits) return 0;
  if (digits) return NUMBER_SKIP_COST;
  return small ? 0 : SKIP_COST;
}

function gain(prev: Candidate, next: Candidate): number {
  if (next.kind !== 'inner') return GAIN[next.kind];
  if (prev.word !== next.word) return GAIN.inner;
  return prev.end === next.pos ? GAIN.continuation : GAIN.sameWord;
}

interface Table {
  cands: Candidate[][];
  best: number[][];
  next: number[][];
  /**
   * What skipping words `from..to-1` costs before a unit: nothing before a word or number written
   * whole in the short form ("UN-Women": "United Nations [Entity ... of] Women", "UNFC-2009").
   */
  skip: (from: number, to: number, unit: number, at: Candidate) => number;
}

/** Fills, from the last unit back, the best score of spelling the rest of the short form after each of its candidates. */
function fillTable(text: string, words: Word[], units: Unit[], costs: number[], cands: Candidate[][]): Table {
  const skip = (from: number, to: number, unit: number, at: Candidate): number => {
    const u = units[unit];
    const whole = u?.kind === 'number' ? u.value.length >= WHOLE_NUMBER : u?.word;
    if (to <= from || (at.kind === 'initial' && whole)) return 0;
    return (costs[to] ?? 0) - (costs[from] ?? 0);
  };
  const best: number[][] = cands.map((list) => new Array<number>(list.length).fill(-Infinity));
  const next: number[][] = cands.map((list) => new Array<number>(list.length).fill(-1));
  const last = units.length - 1;
  const tail = costs[words.length] ?? 0;
  const lastBest = best[last] ?? [];
  (cands[last] ?? []).forEach((c, j) => (lastBest[j] = (costs[c.word + 1] ?? 0) - tail));
  for (let i = last - 1; i >= 0; i--) {
    const current = cands[i] ?? [];
    const following = cands[i + 1] ?? [];
    const followingBest = best[i + 1] ?? [];
    const currentBest = best[i] ?? [];
    const currentNext = next[i] ?? [];
    // Candidates are in reading order, so the first one that may follow only moves forward.
    let from = 0;
    for (let j = 0; j < current.length; j++) {
      const c = current[j] as Candidate;
      while (from < following.length && (following[from] as Candidate).pos < c.end) from++;
      for (let k = from; k < following.length; k++) {
        const rest = followingBest[k] ?? -Infinity;
        if (rest === -Infinity) continue;
        const d = following[k] as Candidate;
        const score = gain(c, d) - skip(c.word + 1, d.word, i + 1, d) + rest;
        if (score > (currentBest[j] ?? -Infinity)) {
          currentBest[j] = score;
          currentNext[j] = k;
        }
      }
    }
  }
  return { cands, best, next, skip };
}

/** Walks the best path from a start and counts what it skipped and how it spelled the units. */
function describe(table: Table, j0: number, score: number, words: Word[], costs: number[]): Alignment {
  const first = table.cands[0]?.[j0];
  let prev = first;
  let skippedWords = 0;
  let innerMatches = 0;
  let weakMatches = 0;
  let lastGain = 0;
  for (let i = 1, j = table.next[0]?.[j0] ?? -1; prev && i < table.cands.length; j = table.next[i]?.[j] ?? -1, i++) {
    const c = table.cands[i]?.[j];
    if (!c) break;
    if (gain(prev, c) === GAIN.inner) innerMatches++;
    if (gain(prev, c) === GAIN.inner || gain(prev, c) === GAIN.sameWord) weakMatches++;
    skippedWords += Math.floor(table.skip(prev.word + 1, c.word, i, c) / SKIP_COST);
    lastGain = gain(prev, c);
    prev = c;
  }
  const last = prev?.word ?? 0;
  const endsOnStart = !prev || prev === first || prev.kind !== 'inner' || lastGain === GAIN.continuation;
  const trailingCost = (costs[words.length] ?? 0) - (costs[last + 1] ?? 0);
  return {
    start: first?.pos ?? 0,
    first: first?.word ?? 0,
    last,
    score,
    skippedWords,
    innerMatches,
    weakMatches,
    trailingCost,
    endsOnStart,
  };
}

/** What starting at each word costs: a small word, and each comma between it and the end of the long form. */
function startCosts(text: string, words: Word[], small: boolean[]): number[] {
  const costs = new Array<number>(words.length).fill(0);
  let commas = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    if (k < words.length - 1 && text[(words[k] as Word).end] === ',') commas++;
    costs[k] = commas * COMMA_COST + (small[k] ? SMALL_START_COST : 0);
  }
  return costs;
}

/**
 * Aligns a short form's units, in order, with the letters of a long form that starts at one of the
 * words listed in `firsts` (or at a hyphenated part of it) with the first unit, and runs to the end of
 * `words`. Returns the best alignment, the shortest on a tie; null when no start spells every unit.
 */
export function alignLongForm(text: string, words: Word[], units: Unit[], firsts: number[]): Alignment | null {
  const cands = unitCandidates(text, words, units);
  if (cands.some((list) => list.length === 0)) return null;
  const small = words.map((word) => isSmallWord(text.slice(word.start, word.end)));
  const costs = [0];
  words.forEach((word, k) => costs.push((costs[k] ?? 0) + skipCost(text, word, small[k] ?? false)));
  const table = fillTable(text, words, units, costs, cands);
  const starts = startCosts(text, words, small);
  const openers = table.cands[0] ?? [];
  let found: { j: number; score: number; pos: number } | null = null;
  for (let j = 0; j < openers.length; j++) {
    const c = openers[j] as Candidate;
    const rest = table.best[0]?.[j] ?? -Infinity;
    const opensPart = c.kind === 'part' && !isAlphanumeric(text[c.pos - 1]);
    if ((c.kind !== 'initial' && !opensPart) || rest === -Infinity || !firsts.includes(c.word)) continue;
    const score = GAIN[c.kind] - (starts[c.word] ?? 0) + rest;
    if (!found || score > found.score || (score === found.score && c.pos > found.pos)) found = { j, score, pos: c.pos };
  }
  return found && describe(table, found.j, found.score, words, costs);
}
