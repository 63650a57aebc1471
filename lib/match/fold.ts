/**
 * The form words are compared in: lower case, without diacritics ("Peshāwar" finds "Peshawar"),
 * and compatibility forms unified (full-width letters, ligatures).
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The same, keeping case: what "matches only as written" compares. */
export function foldMarks(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '');
}
