import type { Tense } from './types';

/** Words that announce what will happen; some only when followed by "to" ("due to", "set to"). */
const FUTURE = new Set(['will', 'would', 'shall', "'ll", 'won’t', "won't", 'wouldn’t', "wouldn't", 'upcoming']);
const FUTURE_BEFORE_TO = new Set(['going', 'due', 'set', 'expected', 'scheduled', 'slated', 'poised', 'plans', 'plan']);

/** Finite past forms that leave no doubt ("said", "was"), unlike "-ed" words that may be adjectives ("armed"). */
const PAST = new Set(
  (
    'was were had has have did said told met held went came took gave made saw found left began became fell rose ' +
    'won lost ran fought struck shot led sent spent stood spoke wrote broke flew drove brought bought thought ' +
    'caught sought kept felt heard knew grew threw drew wore tore stole chose froze woke rode hid fled fed bled ' +
    'sold paid laid dealt meant built lent got sat shook withdrew sank swore overran overtook undertook'
  ).split(' '),
);
const NOT_PAST_ED = /(?:eed|^hundred|^sacred|^naked|^wicked|^kindred)$/;
/** A participle after these is a passive ("will be held"): the tense is that of the auxiliary before. */
const PASSIVE_AUXILIARY = new Set(['be', 'been', 'being']);

/** Where a clause ends, looking away from the date: the next clause may have its own tense. */
const CLAUSE_WORDS = new Set(
  'after before when while since because although though until unless once but that which who whom whose'.split(' '),
);

/**
 * Whether the clause around a date expression (at `start`..`end` in `sentence`) reports the past or
 * announces the future. The nearest tense marker before the expression decides ("closed the border late
 * Sunday", "would reopen from Thursday"), else the nearest after it ("At the weekend, the minister told").
 * "-ed" words count only when nothing clearer is found, since they may be adjectives ("armed"); after
 * "be" they are passives ("will be held"). With no marker the clause is past: news reports what happened.
 */
export function detectTense(sentence: string, start: number, end: number): Tense {
  const tokens = [...sentence.matchAll(/[A-Za-z’']+|[;:—–]/g)];
  const words = tokens.map((token) => token[0].toLowerCase());
  const lastBefore = tokens.findLastIndex((token) => token.index < start);
  const firstAfter = tokens.findIndex((token) => token.index >= end);
  return scan(words, lastBefore, -1) ?? (firstAfter === -1 ? null : scan(words, firstAfter, 1)) ?? 'past';
}

/** Walks from `from` in `step` direction to the end of the clause, looking for a tense marker. */
function scan(words: string[], from: number, step: 1 | -1): Tense | null {
  let weakPast = false;
  for (let index = from; index >= 0 && index < words.length; index += step) {
    const word = words[index] ?? '';
    if (CLAUSE_WORDS.has(word) || /^[;:—–]$/.test(word)) break;
    if (FUTURE.has(word) || word.endsWith("'ll") || word.endsWith('’ll')) return 'future';
    if (FUTURE_BEFORE_TO.has(word) && words[index + 1] === 'to') return 'future';
    if (PASSIVE_AUXILIARY.has(words[index - 1] ?? '')) continue;
    if (PAST.has(word)) return 'past';
    if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.test(word)) weakPast = true;
  }
  return weakPast ? 'past' : null;
}
