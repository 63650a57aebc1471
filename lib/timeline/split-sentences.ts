/** One sentence of a text and where it sits in it. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * A full stop that does not end a sentence: titles and ranks before a name ("Gen. Asim Munir"),
 * initials ("A. Q. Khan") and dotted acronyms ("U.S. President").
 */
const ABBREVIATION =
  /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Cpt|Sgt|Maj|Adm|Brig|Cmdr|Cpl|Pvt|Rev|Sen|Rep|Gov|Pres|Hon|Insp|Supt|St|Mt|Ft|Jr|Sr|No|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\.$/;

/** End punctuation, closing quotes or brackets, then space and what may open a sentence. */
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z])/g;

/**
 * Splits a text into sentences with their offsets. Every line break ends a sentence too, since page
 * text puts headlines, captions and paragraphs on lines of their own.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    let from = 0;
    for (const boundary of line[0].matchAll(BOUNDARY)) {
      const end = boundary.index + boundary[0].length;
      if (boundary[0].startsWith('.') && ABBREVIATION.test(line[0].slice(0, boundary.index + 1))) continue;
      pushTrimmed(sentences, text, line.index + from, line.index + end);
      from = end;
    }
    pushTrimmed(sentences, text, line.index + from, line.index + line[0].length);
  }
  return sentences;
}

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end > start) sentences.push({ text: text.slice(start, end), start, end });
}
