import { describe, expect, it } from 'vitest';
import { buildTimeline, extractArticleEvents, type TimelineEvent } from '../../../lib/timeline';

const article = (date: string, text: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  date,
  precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
  text,
  source: 'article',
  entryIds: [],
  ...extra,
});

describe('buildTimeline', () => {
  it('adds the publication itself, titled, on its own day', () => {
    const timeline = buildTimeline({
      article: [],
      glossary: [],
      published: '2023-02-23T09:00:00+05:00',
      title: 'Pakistan, Taliban Officials Talk',
    });
    expect(timeline).toEqual([
      {
        date: '2023-02-23',
        precision: 'day',
        text: 'Published: Pakistan, Taliban Officials Talk',
        source: 'publication',
        entryIds: [],
      },
    ]);
  });

  it.each([
    [null, []],
    ['2023-02-23', ['Published']],
  ])('has a publication event only for a known date (%s)', (published, texts) => {
    expect(buildTimeline({ article: [], glossary: [], published }).map((event) => event.text)).toEqual(texts);
  });

  it('turns glossary events into timeline events of their entry, with their precision and source link', () => {
    const timeline = buildTimeline({
      article: [],
      glossary: [
        {
          entryId: 'ttp',
          date: '2007-12',
          text: 'TTP formed as an alliance of militant groups.',
          source: 'https://example.org/ttp',
        },
        { entryId: 'ttp', date: 'December 2007', text: 'A date no pack may hold.' },
      ],
      published: null,
    });
    expect(timeline).toEqual([
      {
        date: '2007-12',
        precision: 'month',
        text: 'TTP formed as an alliance of militant groups.',
        source: 'glossary',
        entryIds: ['ttp'],
        sourceUrl: 'https://example.org/ttp',
      },
    ]);
  });

  it('sorts chronologically, the coarser event first within its period', () => {
    const timeline = buildTimeline({
      article: [
        article('2023-02-18', 'A one-day event.'),
        article('2023-02-18', 'A weekend.', { precision: 'range', end: '2023-02-19' }),
        article('2023-02-23', 'Something happened on publication day.'),
        article('2023-02', 'Something happened this month.'),
      ],
      glossary: [
        { entryId: 'taliban', date: '2021-08-15', text: 'Kabul falls.' },
        { entryId: 'taliban', date: '2023', text: 'A year-long event.' },
        { entryId: 'ttp', date: '2022-12-31', text: 'Last day of 2022.' },
        { entryId: 'ttp', date: '2023-02-23', text: 'A glossary event on publication day.' },
      ],
      published: '2023-02-23',
      title: 'Story',
    });
    expect(timeline.map((event) => event.text)).toEqual([
      'Kabul falls.',
      'Last day of 2022.',
      'A year-long event.',
      'Something happened this month.',
      'A weekend.',
      'A one-day event.',
      'A glossary event on publication day.',
      'Something happened on publication day.',
      'Published: Story',
    ]);
  });

  it('merges an event several entries share into one, about all of them', () => {
    const timeline = buildTimeline({
      article: [],
      glossary: [
        { entryId: 'taliban', date: '2021-08-15', text: 'The Taliban take Kabul.' },
        { entryId: 'kabul', date: '2021-08-15', text: 'The Taliban take Kabul' },
      ],
      published: null,
    });
    expect(timeline).toHaveLength(1);
    expect(timeline[0]?.entryIds).toEqual(['taliban', 'kabul']);
  });

  it('keeps an article sentence and a glossary event of the same day when they say different things', () => {
    const timeline = buildTimeline({
      article: [
        article('2023-02-17', 'A suicide squad stormed a police compound in Karachi last Friday.', {
          entryIds: ['ttp'],
        }),
      ],
      glossary: [{ entryId: 'ttp', date: '2023-02-17', text: 'TTP gunmen attack the Karachi police headquarters.' }],
      published: null,
    });
    expect(timeline.map((event) => event.source)).toEqual(['glossary', 'article']);
  });

  it('does not repeat an event the article and the glossary tell alike, and keeps where the article tells it', () => {
    const timeline = buildTimeline({
      article: [
        article('2023-02-17', 'Gunmen attacked the Karachi police office.', {
          entryIds: ['karachi'],
          sentenceStart: 10,
          sentenceEnd: 52,
          expression: 'on Friday',
        }),
      ],
      glossary: [
        {
          entryId: 'ttp',
          date: '2023-02-17',
          text: 'Gunmen attacked the Karachi police office',
          source: 'https://example.org/a',
        },
      ],
      published: null,
    });
    expect(timeline).toEqual([
      {
        date: '2023-02-17',
        precision: 'day',
        text: 'Gunmen attacked the Karachi police office',
        source: 'glossary',
        entryIds: ['ttp', 'karachi'],
        sourceUrl: 'https://example.org/a',
        sentenceStart: 10,
        sentenceEnd: 52,
        expression: 'on Friday',
      },
    ]);
  });

  it('keeps the same text at different precisions or on different days apart', () => {
    const timeline = buildTimeline({
      article: [
        article('2023-02', 'Talks stalled.'),
        article('2023-02-17', 'Talks stalled.'),
        article('2023-02-18', 'Talks stalled.'),
      ],
      glossary: [],
      published: null,
    });
    expect(timeline).toHaveLength(3);
  });

  it('reports one event per date of a sentence that names it twice', () => {
    const { events } = extractArticleEvents(
      'Officials met on Wednesday and spoke again late on Wednesday.',
      '2023-02-23',
    );
    const timeline = buildTimeline({ article: events, glossary: [], published: null });
    expect(timeline.map((event) => event.date)).toEqual(['2023-02-22']);
  });
});
