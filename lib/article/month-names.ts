// Month names in the languages news is most often read in (English, German, Dutch, French, Spanish,
// Portuguese, Italian, Russian, Ukrainian), by their first three or four letters. A date is only read
// when a day and a year stand next to the name, so these short stems do not misfire on ordinary words.
const STEMS_BY_MONTH = [
  'jan jän ene gen janv янв січ',
  'feb fev fév févr фев лют',
  'mar mär maa мар бер',
  'apr avr abr апр кві',
  'may mai mag mei мая май тра',
  'jun juin giu июн чер',
  'jul juil lug июл лип',
  'aug aoû aou ago авг сер',
  'sep set сен вер',
  'oct okt out ott окт жов',
  'nov ноя лис',
  'dec dez déc dic дек гру',
];

const MONTH_OF_STEM = new Map(
  STEMS_BY_MONTH.flatMap((stems, index) => stems.split(' ').map((stem) => [stem, index + 1] as const)),
);

/** The month (1-12) a month name or abbreviation stands for, in any of the languages above; else null. */
export function monthNumber(word: string): number | null {
  const lower = word.toLowerCase();
  return MONTH_OF_STEM.get(lower.slice(0, 4)) ?? MONTH_OF_STEM.get(lower.slice(0, 3)) ?? null;
}
