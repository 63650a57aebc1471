import { describe, expect, test } from 'vitest';
import { briefingFileName, briefingMarkdown, escapeMarkdown } from '../../../lib/report/briefing-markdown';
import { sampleEntries, sampleReport } from './sample-report';

const exportedAt = new Date(2026, 10, 28, 9, 30);

describe('the briefing as Markdown', () => {
  test('opens with the article: title, site, byline, date, reading time and address', () => {
    const markdown = briefingMarkdown({ report: sampleReport(), entries: sampleEntries(), exportedAt });
    expect(markdown.split('\n').slice(0, 8)).toEqual([
      '# Briefing: Pakistan, Taliban Officials Talk on ‘Terrorism Threat’',
      '',
      '- Site: The Frontier Ledger',
      '- By: AFP',
      '- Published: 23 February 2023',
      '- Reading time: 3 min (461 words)',
      '- URL: <https://news.example/2023/02/23/talks.html>',
      '',
    ]);
  });

  test('lists who and what by kind, each term with its mentions, summary and sources', () => {
    const markdown = briefingMarkdown({ report: sampleReport(), entries: sampleEntries(), exportedAt });
    expect(markdown).toContain(
      [
        '## Who & what',
        '',
        '### Places',
        '',
        '- **Pakistan** (6 mentions): What Pakistan is.',
        '  - Sources: [Pakistan profile](https://example.org/pakistan)',
        '- **Kabul** (3 mentions): What Kabul is.',
      ].join('\n'),
    );
    expect(markdown).toContain('- **Torkham** (1 mention): What Torkham is.');
    expect(markdown.indexOf('### Places')).toBeLessThan(markdown.indexOf('### Groups'));
    expect(markdown.indexOf('### Groups')).toBeLessThan(markdown.indexOf('### People'));
  });

  test('keeps a term whose entry is unknown, without sources', () => {
    const markdown = briefingMarkdown({ report: sampleReport(), entries: new Map(), exportedAt });
    expect(markdown).toContain('- **Kabul** (3 mentions): What Kabul is.\n- **Torkham**');
    expect(markdown).not.toContain('Sources:');
  });

  test('has the timeline and the article’s own definitions only when there are some', () => {
    const plain = briefingMarkdown({ report: sampleReport(), entries: sampleEntries(), exportedAt });
    expect(plain).not.toContain('## Timeline');
    expect(plain).not.toContain('## Defined in this article');
    const report = sampleReport({
      definitions: [{ short: 'TTP', long: 'Tehreek-e-Taliban Pakistan', entryId: 'ttp', pageOnly: false }],
      timeline: [
        {
          date: '2023-01-30',
          precision: 'day',
          text: 'A suicide bomber kills more than 80 police officers in Peshawar.',
          source: 'article',
          entryIds: [],
        },
        {
          date: '2023-02',
          precision: 'month',
          text: 'Torkham closes.',
          source: 'glossary',
          entryIds: ['torkham'],
          sourceUrl: 'https://example.org/torkham-closed',
        },
      ],
    });
    const markdown = briefingMarkdown({ report, entries: sampleEntries(), exportedAt });
    expect(markdown).toContain('## Defined in this article\n\n- **TTP**: Tehreek-e-Taliban Pakistan');
    expect(markdown).toContain(
      [
        '## Timeline',
        '',
        '- 30 January 2023: A suicide bomber kills more than 80 police officers in Peshawar. (this article)',
        '- February 2023: Torkham closes. ([source](https://example.org/torkham-closed))',
      ].join('\n'),
    );
  });

  test('ends with when it was made', () => {
    const markdown = briefingMarkdown({ report: sampleReport(), entries: sampleEntries(), exportedAt });
    expect(markdown.trimEnd().split('\n').at(-1)).toMatch(/^Briefing by Backstory, 28 November 2026\./);
  });

  test('a headline cannot inject links, HTML or emphasis', () => {
    const report = sampleReport({
      article: { ...sampleReport().article!, title: '[Click](javascript:alert(1)) <img src=x> *now*' },
    });
    const first = briefingMarkdown({ report, entries: new Map(), exportedAt }).split('\n')[0];
    expect(first).toBe('# Briefing: \\[Click\\](javascript:alert(1)) \\<img src=x\\> \\*now\\*');
  });

  test.each([
    ['a_b|c', 'a\\_b\\|c'],
    ['two\nlines', 'two lines'],
    ['`code`', '\\`code\\`'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test('an address that is not a web page is written as text, not a link', () => {
    const report = sampleReport({ url: 'file:///home/reader/saved.html' });
    expect(briefingMarkdown({ report, entries: new Map(), exportedAt })).toContain(
      '- URL: file:///home/reader/saved.html',
    );
  });

  test('names the file after the headline', () => {
    expect(briefingFileName(sampleReport())).toBe('backstory-pakistan-taliban-officials-talk-on-terrorism-threat.md');
    expect(briefingFileName(sampleReport({ article: null }))).toBe('backstory-briefing.md');
  });
});
