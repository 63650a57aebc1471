import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../../lib/report/reading-time';

describe('reading time', () => {
  test.each([
    [['Pakistan’s defense minister held talks.'], 5],
    [['Tehreek-e-Taliban Pakistan (TTP) and ISKP', 'came under discussion.'], 8],
    [['more than 80 police officers'], 5],
    [['  ', '— “” …'], 0],
    [['Пакистан и Афганистан'], 3],
  ])('%j has %i words', (texts, words) => {
    expect(countWords(texts)).toBe(words);
  });

  test.each([
    [0, null],
    [1, 1],
    [230, 1],
    [231, 2],
    [1000, 5],
  ])('%i words take %s minutes at 230 a minute', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
