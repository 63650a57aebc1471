const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPERCASE = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;
const SPACE = /\s/;
const DIACRITICS = /\p{M}/gu;

/** True for a letter or digit in any script (a single UTF-16 unit). */
export function isAlphanumeric(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

/** True for a digit 0-9. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** True for an uppercase letter in any script. */
export function isUppercase(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPERCASE.test(ch);
}

/** True for a lowercase letter in any script. */
export function isLowercase(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWERCASE.test(ch);
}

/** Lowercases a letter and drops its accents, so "É" and "e" compare equal. */
export function foldLetter(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  return ch.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
}

/** True for whitespace, the non-breaking and narrow spaces included. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(ch);
}

/** Straight and curly quotes, which may wrap either form of a definition. */
export const QUOTES = `"'\u201c\u201d\u2018\u2019\u00ab\u00bb`;
