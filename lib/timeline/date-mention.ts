import type { Failure, Resolution, Tense } from './types';

/** A date expression found in a sentence, with what it takes to date it. */
export interface DateMention {
  /** Offsets of the expression in the sentence. */
  start: number;
  end: number;
  /** Which of two overlapping mentions wins: the higher, then the longer. */
  priority: number;
  /** Dates the expression against the publication day (null when unknown) and the clause's tense. */
  resolve(published: Date | null, tense: Tense): Resolution | Failure;
}

/** Priorities of the finders: a phrase known to be vague or a duration beats chrono's reading of it. */
export const MENTION_PRIORITY = { year: 0, chrono: 1, notADate: 2 } as const;
