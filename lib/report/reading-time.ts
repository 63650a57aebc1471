/** Words a minute for reading time: a common figure for adults reading non-fiction on screen. */
export const WORDS_PER_MINUTE = 230;

/** A run of letters or digits, with inner apostrophes and hyphens ("Tehreek-e-Taliban", "Pakistan’s"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Counts the words in some blocks of text, in any script that separates words with spaces. */
export function countWords(texts: readonly string[]): number {
  let words = 0;
  for (const text of texts) words += text.match(WORD)?.length ?? 0;
  return words;
}

/** Minutes to read so many words, rounded up; null when there is nothing to read. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number | null {
  return words > 0 ? Math.ceil(words / wordsPerMinute) : null;
}
