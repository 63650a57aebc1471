/**
 * Words a long form may include without giving its short form a letter: English articles, conjunctions,
 * prepositions and auxiliaries ("Organisation of Islamic Cooperation", "men who have sex with men"),
 * and the particles that join names transliterated from Urdu, Arabic, Persian, Filipino or European
 * languages ("Tehreek-e-Taliban", "Jabhat al-Nusra", "Médecins de la Paix").
 */
const SMALL_WORDS = new Set(
  [
    'a an the and or nor & of for in on at to by with from into onto over under upon via per as',
    'about against among between towards within without its their',
    'who whom whose which that this these those is are was were be been being has have had do does did',
    'e i o y al el ul ud ad bin ibn bint de di da do dos das du des del della la le les',
    'à au aux en van von der den und et fur für ng sa',
  ]
    .join(' ')
    .split(' '),
);

const LONGEST = Math.max(...[...SMALL_WORDS].map((word) => word.length));

/** True for a small word (compared in lower case) that a long form may skip. */
export function isSmallWord(word: string): boolean {
  return word.length <= LONGEST && SMALL_WORDS.has(word.toLowerCase());
}
