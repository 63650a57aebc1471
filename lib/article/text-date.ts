import { monthNumber } from './month-names';
import { dayAndMonth, formatDay } from './calendar';

type Reader = (m: RegExpMatchArray, monthFirst: boolean) => string | null;

/**
 * Letters of the Latin and Cyrillic scripts, spelled out: Unicode property escapes (\p{L}) cost
 * milliseconds to compile on first use, which a content script pays on every page.
 */
const LETTER = 'A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF';

/** Date shapes seen in news bylines and datelines, each with how to read its parts. */
const SHAPES: [RegExp, Reader][] = [
  // March 5, 2020 · Mar. 5th 2020
  [
    new RegExp(`(?<![${LETTER}])([${LETTER}]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'g'),
    (m) => named(m[3], m[1], m[2]),
  ],
  // 5 March 2020 · 5. März 2020 · 5 de março de 2020 · 5 марта 2020 г.
  [
    new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s*(?:de\\s+)?([${LETTER}]{3,9})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'g'),
    (m) => named(m[3], m[2], m[1]),
  ],
  // 2020-03-05 · 2020/03/05 · 2020. 03. 05.
  [/(?<!\d)(\d{4})(?:-|\/|\.\s?)(\d{1,2})(?:-|\/|\.\s?)(\d{1,2})(?!\d)/g, (m) => formatDay(+m[1]!, +m[2]!, +m[3]!)],
  // 05.03.2020 · 5/3/2020
  [
    /(?<!\d)(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/g,
    (m, monthFirst) => {
      const [day, month] = dayAndMonth(+m[1]!, +m[3]!, m[2] === '/' && monthFirst);
      return formatDay(+m[4]!, month, day);
    },
  ],
  // 2020年3月5日 · 2020년 3월 5일
  [/(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})/g, (m) => formatDay(+m[1]!, +m[2]!, +m[3]!)],
];

function named(year?: string, month?: string, day?: string): string | null {
  const number = month ? monthNumber(month) : null;
  return number ? formatDay(Number(year), number, Number(day)) : null;
}

/**
 * The first calendar date written in `text` ("Feb. 23, 2015", "24.05.2019", "2020年3月5日"), as
 * YYYY-MM-DD, or null. `monthFirst` reads an ambiguous 3/5/2020 the American way (March 5).
 */
export function findDateInText(text: string, monthFirst = false): string | null {
  let best: { index: number; day: string } | null = null;
  for (const [pattern, read] of SHAPES) {
    for (const m of text.matchAll(pattern)) {
      if (best && m.index >= best.index) break;
      const day = read(m, monthFirst);
      if (day) {
        best = { index: m.index, day };
        break;
      }
    }
  }
  return best?.day ?? null;
}
