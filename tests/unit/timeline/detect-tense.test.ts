import { describe, expect, it } from 'vitest';
import { detectTense } from '../../../lib/timeline/detect-tense';

/** The tense of the clause around the word in brackets. */
function tenseAround(marked: string) {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return detectTense(marked.replace(/[[\]]/g, ''), start, end);
}

describe('detectTense', () => {
  it.each([
    ['Afghan authorities closed the Torkham border [late Sunday].', 'past'],
    ['Gunfire erupted [on Monday morning] at the border.', 'past'],
    ['Also [at the weekend], the minister told the conference it must act.', 'past'],
    ['The crossing would reopen [from Thursday].', 'future'],
    ['The talks will resume [on Friday].', 'future'],
    ['The summit, which will be held [on Tuesday], moved to Doha.', 'future'],
    ['[On Tuesday], the delegation will travel to Kabul.', 'future'],
    ['The minister is due to arrive [on Monday].', 'future'],
    ['The envoy said [on Monday] that talks will resume on Friday.', 'past'],
    ['The group will meet armed factions [on Friday].', 'future'],
    ['Troops that crossed the border [on Friday] will be withdrawn.', 'past'],
    ['He said it would reopen after troops withdrew [on Sunday].', 'past'],
    ['Prices rise [on Monday].', 'past'],
  ])('%s is %s', (marked, tense) => {
    expect(tenseAround(marked)).toBe(tense);
  });
});
