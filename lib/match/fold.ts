const NON_ASCII = /[^\x00-\x7f]/;
const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;

/**
 * NFKD, then without combining marks. ASCII is left as is (NFKD does not change it), and the marks are
 * looked for before being removed: a global replace costs a full pass even when there is nothing to
 * remove (10-20 ms on a 100,000-word page).
 */
function decompose(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const decomposed = text.normalize('NFKD');
  return MARK.test(decomposed) ? decomposed.replace(MARKS, '') : decomposed;
}

/**
 * Words already folded. A page repeats its words (100,000 words, a few thousand distinct): a look-up
 * is cheaper than lower-casing and normalising each again. Bounded, so a hostile page cannot grow it.
 */
const folds = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

/**
 * The form words are compared in: lower case, without diacritics ("Peshāwar" finds "Peshawar"),
 * and compatibility forms unified (full-width letters, ligatures).
 */
export function foldWord(word: string): string {
  let folded = folds.get(word);
  if (folded === undefined) {
    if (folds.size >= MAX_REMEMBERED) folds.clear();
    folded = decompose(word).toLowerCase();
    folds.set(word, folded);
  }
  return folded;
}

/** The same, keeping case: what "matches only as written" compares. */
export function foldMarks(word: string): string {
  return decompose(word);
}

/** foldWord without remembering: for building the index, whose words a page mostly never uses. */
export function foldWordOnce(word: string): string {
  return folds.get(word) ?? decompose(word).toLowerCase();
}

const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/**
 * foldMarks for a whole page: only its runs of non-ASCII characters are decomposed. The same result
 * (an ASCII character never combines with its neighbours in NFKD) without normalising 650 KB of
 * mostly ASCII text, which took 10-15 ms in Chromium.
 */
export function foldMarksInText(text: string): string {
  return NON_ASCII.test(text) ? text.replace(NON_ASCII_RUN, decompose) : text;
}
