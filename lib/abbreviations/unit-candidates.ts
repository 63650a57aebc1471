import { foldLetter, isAlphanumeric, isDigit, isLowercase, isUppercase } from './characters';
import { numberWord } from './number-words';
import type { Unit } from './short-form';
import type { Word } from './words';

/**
 * Where a unit of a short form can be spelled in a long form: the first letter of a word ("initial"),
 * the first letter of a part of one (after a hyphen or slash, or a capital inside it: Inter-Services,
 * GitHub), or any other letter ("inner").
 */
export interface Candidate {
  pos: number;
  end: number;
  word: number;
  kind: 'initial' | 'part' | 'inner';
}

function kindAt(text: string, pos: number, word: Word): Candidate['kind'] {
  if (pos === word.start) return 'initial';
  const prev = text[pos - 1] ?? '';
  if (prev === "'" || prev === '\u2019') return 'inner';
  if (!isAlphanumeric(prev)) return 'part';
  if (isUppercase(text[pos]) && isLowercase(prev)) return 'part';
  if (isDigit(text[pos]) !== isDigit(prev)) return 'part';
  return 'inner';
}

/** The folded letter at `pos` as a code point (a-z without a lookup), or -1 for anything but a letter or digit. */
function foldedCodeAt(text: string, pos: number): number {
  const code = text.charCodeAt(pos);
  if (code < 128) {
    if (code >= 65 && code <= 90) return code + 32;
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) ? code : -1;
  }
  const ch = text[pos] ?? '';
  return isAlphanumeric(ch) ? (foldLetter(ch).codePointAt(0) ?? -1) : -1;
}

function numberCandidates(text: string, words: Word[], digits: string): Candidate[] {
  const spelled = numberWord(digits);
  const found: Candidate[] = [];
  words.forEach((word, index) => {
    const wordText = text.slice(word.start, word.end);
    if (spelled !== null && wordText.toLowerCase() === spelled) {
      found.push({ pos: word.start, end: word.end, word: index, kind: 'initial' });
      return;
    }
    for (let at = wordText.indexOf(digits); at >= 0; at = wordText.indexOf(digits, at + 1)) {
      const pos = word.start + at;
      const end = pos + digits.length;
      if (!isDigit(text[pos - 1]) && !isDigit(text[end])) {
        found.push({ pos, end, word: index, kind: kindAt(text, pos, word) });
      }
    }
  });
  return found;
}

/**
 * For each unit of a short form, every place in `words` where it can be spelled, in reading order.
 * One pass over the letters serves all the letter units.
 */
export function unitCandidates(text: string, words: Word[], units: Unit[]): Candidate[][] {
  const lists = units.map((unit) => (unit.kind === 'number' ? numberCandidates(text, words, unit.value) : []));
  const byLetter = new Map<number, number[]>();
  units.forEach((unit, i) => {
    if (unit.kind !== 'letter') return;
    const code = unit.value.codePointAt(0) ?? -1;
    const targets = byLetter.get(code);
    if (targets) targets.push(i);
    else byLetter.set(code, [i]);
  });
  words.forEach((word, w) => {
    for (let pos = word.start; pos < word.end; pos++) {
      const targets = byLetter.get(foldedCodeAt(text, pos));
      if (!targets) continue;
      const candidate: Candidate = { pos, end: pos + 1, word: w, kind: kindAt(text, pos, word) };
      for (const target of targets) lists[target]?.push(candidate);
    }
  });
  return lists;
}
