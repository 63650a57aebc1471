import { MENTION_PRIORITY, type DateMention } from './date-mention';
import { UNRESOLVED_REASONS } from './unresolved-reasons';

const SOME = String.raw`(?:a few|a couple of|several|some|many|few)`;
const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|${SOME})`;
const UNIT = String.raw`(?:days?|weeks?|months?|years?|decades?)`;
const AND_A_HALF = String.raw`(?:[\s-]+and[\s-]+a[\s-]+half)`;

/**
 * Expressions of time that name no date, which chrono either ignores or misreads: it reads "the
 * year-and-a-half of Taliban rule" as "in the year", a year after publication; "for three years" as three
 * years after it; "over the past year" as the year before.
 */
const PATTERNS: Array<[RegExp, string]> = [
  [/\b(?:recently|lately|in recent (?:days|weeks|months|years))\b/gi, UNRESOLVED_REASONS.vague],
  [
    new RegExp(
      String.raw`\b(?:in|over|during|for|within) the (?:past|last|previous|next|coming)(?: ${NUMBER})? ${UNIT}`,
      'gi',
    ),
    UNRESOLVED_REASONS.vague,
  ],
  [new RegExp(String.raw`\b${SOME} ${UNIT} ago\b`, 'gi'), UNRESOLVED_REASONS.vague],
  [new RegExp(String.raw`(?<!${NUMBER} )\b(?:days|weeks|months|years) ago\b`, 'gi'), UNRESOLVED_REASONS.vague],
  [
    /\bthe (?:next|following|previous|preceding) (?:day|morning|afternoon|evening|night|week|month|year)\b/gi,
    UNRESOLVED_REASONS.anchoredElsewhere,
  ],
  [
    new RegExp(String.raw`\b(?:(?:${NUMBER}|the|a|an) )?${UNIT}${AND_A_HALF}? (?:after|before|later|earlier)\b`, 'gi'),
    UNRESOLVED_REASONS.anchoredElsewhere,
  ],
  [
    new RegExp(
      String.raw`\b(?:(?:${NUMBER}|a|an)[\s-]+${UNIT}${AND_A_HALF}?|the[\s-]+${UNIT}${AND_A_HALF})(?= of\b|[\s-]long\b)`,
      'gi',
    ),
    UNRESOLVED_REASONS.duration,
  ],
  [
    new RegExp(String.raw`\b(?:for|within) (?:${NUMBER}|a|an)[\s-]+${UNIT}${AND_A_HALF}?`, 'gi'),
    UNRESOLVED_REASONS.duration,
  ],
];

/** Expressions of time in a sentence that must stay off the timeline: vague ones and durations. */
export function findVagueMentions(sentence: string): DateMention[] {
  return PATTERNS.flatMap(([pattern, reason]) =>
    [...sentence.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      priority: MENTION_PRIORITY.notADate,
      resolve: () => ({ reason }),
    })),
  );
}
