import { isoYear } from './calendar';
import { MENTION_PRIORITY, type DateMention } from './date-mention';
import type { Resolution } from './types';

const YEAR_DIGITS = String.raw`1[5-9]\d\d|20\d\d`;
const YEAR = `(${YEAR_DIGITS})`;
/** Words that make a four-digit number a year: "in 2014", "since 2019", "in mid-2021", "the summer of 2022". */
const PREPOSITION = String.raw`(?:in|since|by|until|till|from|during|before|after|throughout|around)\s`;
const PART = String.raw`(?:early|late|mid-|mid|the year|the (?:spring|summer|autumn|fall|winter|end|start|beginning|middle|first half|second half) of)\s?`;
const LEAD = String.raw`\b(?:${PREPOSITION}(?:${PART})?|${PART})`;

/**
 * Years chrono does not find on their own: "in 2014", "since 2019", "between 2014 and 2016",
 * "2014-16", "the 1990s". Each keeps year precision; spans become ranges of years.
 */
const PATTERNS: Array<[RegExp, (match: RegExpExecArray) => Resolution | null]> = [
  [
    new RegExp(String.raw`\b(?:from|between) ${YEAR} (?:to|and|until|till|through) ${YEAR}\b`, 'gi'),
    (m) => yearRange(Number(m[1]), Number(m[2])),
  ],
  [
    new RegExp(String.raw`\b${YEAR}\s?[-–]\s?(\d\d|${YEAR_DIGITS})\b(?![-–]\d)`, 'g'),
    (m) => yearRange(Number(m[1]), fullYear(Number(m[1]), m[2] ?? '')),
  ],
  [
    new RegExp(String.raw`\b(?:the )?(1[5-9]\d|20\d)0s\b`, 'gi'),
    (m) => yearRange(Number(m[1]) * 10, Number(m[1]) * 10 + 9),
  ],
  [
    new RegExp(String.raw`${LEAD}${YEAR}\b(?![-–]\d)`, 'gi'),
    (m) => ({ date: m[1] ?? '', precision: 'year', uncertain: false }),
  ],
];

/** Years named in a sentence that do not depend on the publication date. */
export function findYearMentions(sentence: string): DateMention[] {
  return PATTERNS.flatMap(([pattern, toResolution]) =>
    [...sentence.matchAll(pattern)].flatMap((match) => {
      const resolution = toResolution(match);
      if (!resolution) return [];
      return [
        {
          start: match.index,
          end: match.index + match[0].length,
          priority: MENTION_PRIORITY.year,
          resolve: () => resolution,
        },
      ];
    }),
  );
}

/** "16" after "2014-" is 2016. */
function fullYear(start: number, written: string): number {
  return written.length === 4 ? Number(written) : start - (start % 100) + Number(written);
}

function yearRange(first: number, last: number): Resolution | null {
  if (last <= first) return null;
  return { date: isoYear(first), end: isoYear(last), precision: 'range', uncertain: false };
}
