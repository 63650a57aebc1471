/**
 * An acronym the text defines itself, with both halves located in the text that was searched:
 * `text.slice(shortStart, shortEnd) === short` and `text.slice(longStart, longEnd) === long`.
 */
export interface Definition {
  /** The short form as written, plural ending included: "TTP", "NGOs". */
  short: string;
  /**
   * The long form as written, from the word that gives the short form its first letter to the last
   * word that gives it a letter, without quotes or a possessive "'s": "Tehreek-e-Taliban Pakistan".
   */
  long: string;
  shortStart: number;
  shortEnd: number;
  longStart: number;
  longEnd: number;
}
