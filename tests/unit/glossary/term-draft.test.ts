import { describe, expect, test } from 'vitest';
import {
  draftFromEntry,
  EMPTY_DRAFT,
  freeId,
  idFromTerm,
  validateDraft,
  type DraftErrors,
  type TermDraft,
} from '../../../lib/glossary/term-draft';
import { entry } from './fake-glossary';

const TODAY = '2026-11-28';
const GOOD: TermDraft = {
  ...EMPTY_DRAFT,
  term: 'Regional connectivity',
  aliases: 'regional connectivity\n\nconnectivity corridor\nregional connectivity',
  summary: 'Road, rail and trade links between neighbouring countries.',
  sourceUrl: 'https://example.org/connectivity',
  events: '2023-02-22 Pakistan and Afghan officials discuss it in Kabul.',
};

describe('a term written in the options form', () => {
  test('becomes an entry: one alias per line, dated today, events parsed', () => {
    const result = validateDraft(GOOD, { id: 'regional-connectivity', today: TODAY });
    expect(result).toEqual({
      ok: true,
      entry: {
        id: 'regional-connectivity',
        term: 'Regional connectivity',
        aliases: ['regional connectivity', 'connectivity corridor'],
        kind: 'concept',
        summary: 'Road, rail and trade links between neighbouring countries.',
        sources: [{ url: 'https://example.org/connectivity' }],
        asOf: TODAY,
        events: [{ date: '2023-02-22', text: 'Pakistan and Afghan officials discuss it in Kabul.' }],
        related: [],
      },
    });
  });

  test.each<[string, Partial<TermDraft>, DraftErrors]>([
    ['an empty name', { term: '  ' }, { term: 'must not be empty' }],
    ['an empty summary', { summary: '' }, { summary: 'must not be empty' }],
    ['a summary too long', { summary: 'x'.repeat(301) }, { summary: 'must be at most 300 characters' }],
    ['no source', { sourceUrl: '' }, { sourceUrl: 'must be a URL' }],
    ['a javascript: source', { sourceUrl: 'javascript:alert(1)' }, { sourceUrl: 'must be an http or https URL' }],
    ['a long source title', { sourceTitle: 't'.repeat(201) }, { sourceTitle: 'must be at most 200 characters' }],
    [
      'an event with no date',
      { events: '2021 Fine.\nSomething happened' },
      { events: 'Line 2: the date must be a date written YYYY, YYYY-MM or YYYY-MM-DD' },
    ],
    [
      'an event on 30 February',
      { events: '2023-02-30 Nothing.' },
      { events: 'Line 1: the date is not a real calendar date' },
    ],
    ['an event with no text', { events: '2023-02' }, { events: 'Line 1: the text must not be empty' }],
    ['an alias too long', { aliases: `ok\n${'a'.repeat(121)}` }, { aliases: 'Line 2: must be at most 120 characters' }],
  ])('with %s, names the field and says what is wrong', (_, change, errors) => {
    expect(validateDraft({ ...GOOD, ...change }, { id: 'x', today: TODAY })).toEqual({ ok: false, errors });
  });

  test('every bad field gets its own message at once', () => {
    const result = validateDraft(EMPTY_DRAFT, { id: 'term', today: TODAY });
    expect(result.ok).toBe(false);
    expect(Object.keys(!result.ok ? result.errors : {}).sort()).toEqual(['sourceUrl', 'summary', 'term']);
  });

  test('editing keeps what the form does not show: cues, case rules, more sources, event sources, related', () => {
    const base = entry('ttp', {
      aliases: [{ text: 'TTP', cues: ['Taliban'] }, 'Pakistani Taliban'],
      sources: [{ url: 'https://a.example/ttp', title: 'A' }, { url: 'https://b.example/ttp' }],
      events: [{ date: '2007-12', text: 'Founded.', source: 'https://c.example/' }],
      related: ['iskp'],
    });
    const draft = { ...draftFromEntry(base), summary: 'Changed.' };
    const result = validateDraft(draft, { id: 'ttp', today: TODAY, base });
    expect(result).toEqual({ ok: true, entry: { ...base, summary: 'Changed.', asOf: TODAY } });
  });
});

describe('the id of a new term', () => {
  test.each([
    ['Regional connectivity', 'regional-connectivity'],
    ['Ḥaqqānī Network', 'haqqani-network'],
    ['  TTP (Pakistan) ', 'ttp-pakistan'],
    ['طالبان', 'term'],
  ])('"%s" gets the id %s', (term, id) => {
    expect(idFromTerm(term)).toBe(id);
  });

  test('never takes the id of an entry that exists', async () => {
    const taken = new Set(['ttp', 'ttp-2']);
    expect(await freeId('ttp', async (id) => taken.has(id))).toBe('ttp-3');
    expect(await freeId('new', async (id) => taken.has(id))).toBe('new');
  });
});
