import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline, extractArticleEvents, UNRESOLVED_REASONS } from '../../../lib/timeline';

/** The project's sample story (a copy of shared/seed/article.txt), published Thursday 23 February 2023. */
const text = readFileSync(join(import.meta.dirname, 'sample-article.txt'), 'utf8');
const PUBLISHED = '2023-02-23';

/** A stand-in for the matcher: the entries whose names occur in a span of the text. */
const NAMES: Record<string, string> = {
  TTP: 'ttp',
  Karachi: 'karachi',
  Torkham: 'torkham',
  Peshawar: 'peshawar',
  Kabul: 'kabul',
};
const termsInSentence = (start: number, end: number) =>
  Object.entries(NAMES)
    .filter(([name]) => text.slice(start, end).includes(name))
    .map(([, id]) => id);

describe('the sample article', () => {
  const { events, unresolved } = extractArticleEvents(text, PUBLISHED, { termsInSentence });

  it.each([
    [
      'Wednesday',
      'held talks with Taliban government officials in Kabul Wednesday',
      '2023-02-22',
      undefined,
      'day',
      true,
    ],
    ['late on Wednesday', 'it said in a statement late on Wednesday', '2023-02-22', undefined, 'day', true],
    [
      'last Friday',
      'stormed a police compound in the southern port city of Karachi last Friday',
      '2023-02-17',
      undefined,
      'day',
      false,
    ],
    ['in January', 'killed more than 80 police officers at a mosque in Peshawar', '2023-01', undefined, 'month', true],
    ['from Thursday', 'would reopen from Thursday', '2023-02-23', undefined, 'day', true],
    ['late Sunday', 'closed the Torkham border late Sunday', '2023-02-19', undefined, 'day', true],
    ['on Monday morning', 'Gunfire erupted on Monday morning', '2023-02-20', undefined, 'day', true],
    ['at the weekend', 'told the Munich Security Conference', '2023-02-18', '2023-02-19', 'range', true],
  ])('dates "%s" by the conventions of news writing', (expression, excerpt, date, end, precision, uncertain) => {
    const event = events.find((candidate) => candidate.expression === expression);
    expect(event).toMatchObject({ date, precision, source: 'article' });
    expect(event?.end).toBe(end);
    expect(event?.uncertain ?? false).toBe(uncertain);
    expect(event?.text.replace(/\s/g, ' ')).toContain(excerpt);
    expect(text.slice(event?.sentenceStart, event?.sentenceEnd)).toBe(event?.text);
  });

  it('finds those eight events and no others, in the order of the story', () => {
    expect(events.map((event) => event.expression)).toEqual([
      'Wednesday',
      'late on Wednesday',
      'last Friday',
      'in January',
      'from Thursday',
      'late Sunday',
      'on Monday morning',
      'at the weekend',
    ]);
  });

  it('does not date "the year-and-a-half of Taliban rule", a duration', () => {
    expect(events.some((event) => event.text.includes('year-and-a-half'))).toBe(false);
    expect(unresolved).toContainEqual(
      expect.objectContaining({ expression: 'the year-and-a-half', reason: UNRESOLVED_REASONS.duration }),
    );
  });

  it('tells each event which terms its sentence mentions', () => {
    const entries = Object.fromEntries(events.map((event) => [event.expression, event.entryIds]));
    expect(entries).toMatchObject({
      Wednesday: ['kabul'],
      'late on Wednesday': ['ttp'],
      'last Friday': ['karachi'],
      'in January': ['peshawar'],
      'late Sunday': ['torkham'],
    });
  });

  it('makes one chronological timeline with the publication', () => {
    const timeline = buildTimeline({
      article: events,
      glossary: [{ entryId: 'taliban', date: '2021-08-15', text: 'The Taliban take Kabul.' }],
      published: PUBLISHED,
      title: 'Pakistan, Taliban Officials Talk on ‘Terrorism Threat’ After Deadly Attacks',
    });
    expect(timeline.map((event) => [event.date, event.expression ?? event.source])).toEqual([
      ['2021-08-15', 'glossary'],
      ['2023-01', 'in January'],
      ['2023-02-17', 'last Friday'],
      ['2023-02-18', 'at the weekend'],
      ['2023-02-19', 'late Sunday'],
      ['2023-02-20', 'on Monday morning'],
      ['2023-02-22', 'Wednesday'],
      ['2023-02-22', 'late on Wednesday'],
      ['2023-02-23', 'from Thursday'],
      ['2023-02-23', 'publication'],
    ]);
  });
});
