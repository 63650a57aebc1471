import { describe, expect, test } from 'vitest';
import { toTimelineJs } from '../../../lib/report/timelinejs';

describe('TimelineJS export', () => {
  test('keeps each date only as precise as it is, with ranges and sources', () => {
    const json = toTimelineJs(
      [
        { date: '2014', precision: 'year', text: 'A year.', source: 'glossary', entryIds: [] },
        {
          date: '2023-02-18',
          end: '2023-02-19',
          precision: 'range',
          text: 'The weekend.',
          source: 'article',
          entryIds: [],
        },
        {
          date: '2023-02',
          precision: 'month',
          text: 'Closed.',
          source: 'glossary',
          entryIds: [],
          sourceUrl: 'https://e.org/',
        },
      ],
      'Talks in Kabul',
    );
    expect(json.title.text.headline).toBe('Talks in Kabul');
    expect(json.events.map((event) => [event.start_date, 'end_date' in event ? event.end_date : null])).toEqual([
      [{ year: '2014' }, null],
      [
        { year: '2023', month: '2', day: '18' },
        { year: '2023', month: '2', day: '19' },
      ],
      [{ year: '2023', month: '2' }, null],
    ]);
    expect(json.events[2]).toMatchObject({ media: { url: 'https://e.org/' }, group: 'glossary' });
  });
});
