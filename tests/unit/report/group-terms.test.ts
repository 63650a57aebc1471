import { describe, expect, test } from 'vitest';
import { groupTermsByKind } from '../../../lib/report/group-terms';
import { sampleReport, term } from './sample-report';

describe('"Who & what" groups', () => {
  test('groups terms by kind, the most mentioned kind and term first', () => {
    const groups = groupTermsByKind(sampleReport().terms);
    expect(groups.map((group) => [group.kind, group.mentions, group.terms.map((t) => t.id)])).toEqual([
      ['place', 10, ['pakistan', 'kabul', 'torkham']],
      ['group', 5, ['ttp', 'iskp']],
      ['person', 2, ['baradar']],
    ]);
  });

  test('breaks ties by the glossary’s order of kinds, then by name', () => {
    const groups = groupTermsByKind([
      term('b', 'place', 1, 'Bravo'),
      term('a', 'place', 1, 'Alpha'),
      term('p', 'person', 2),
    ]);
    expect(groups.map((group) => group.kind)).toEqual(['person', 'place']);
    expect(groups[1]!.terms.map((t) => t.term)).toEqual(['Alpha', 'Bravo']);
  });

  test('has no groups for a page without terms', () => {
    expect(groupTermsByKind([])).toEqual([]);
  });
});
