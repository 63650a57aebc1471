import { describe, expect, it } from 'vitest';
import { extractArticleEvents, UNRESOLVED_REASONS } from '../../../lib/timeline';
import { THURSDAY } from './dates-in';

describe('time expressions that name no date', () => {
  it.each([
    ['Attacks rose in the year-and-a-half of Taliban rule.', 'the year-and-a-half', UNRESOLVED_REASONS.duration],
    ['Attacks rose in a year and a half of Taliban rule.', 'a year and a half', UNRESOLVED_REASONS.duration],
    ['The region has seen two decades of war.', 'two decades', UNRESOLVED_REASONS.duration],
    ['He was jailed for three years.', 'for three years', UNRESOLVED_REASONS.duration],
    ['Attacks have risen recently.', 'recently', UNRESOLVED_REASONS.vague],
    ['Attacks have risen in recent months.', 'in recent months', UNRESOLVED_REASONS.vague],
    ['Attacks have risen over the past year.', 'over the past year', UNRESOLVED_REASONS.vague],
    ['The talks came days after the bombing.', 'days after', UNRESOLVED_REASONS.anchoredElsewhere],
    ['The border closed two days after the clash.', 'two days after', UNRESOLVED_REASONS.anchoredElsewhere],
    ['After three days the border reopened.', 'After three days', UNRESOLVED_REASONS.anchoredElsewhere],
    ['The envoy returned the next day.', 'the next day', UNRESOLVED_REASONS.anchoredElsewhere],
  ])('are listed as unresolved, never given a date: %s', (text, expression, reason) => {
    const { events, unresolved } = extractArticleEvents(text, THURSDAY);
    expect(events).toEqual([]);
    expect(unresolved).toEqual([{ expression, sentence: text, reason }]);
  });

  it.each([
    'Pakistan now faces a choice.',
    'The curfew starts at 10pm.',
    'Patrols go out in the morning.',
    'Talks went on for hours.',
    'Talks went on until now.',
    'The 9/11 attacks changed the region.',
    'The channel offers 24/7 coverage.',
  ])('are ignored when they are no date at all: %s', (text) => {
    expect(extractArticleEvents(text, THURSDAY)).toEqual({ events: [], unresolved: [] });
  });
});

describe('without a publication date', () => {
  it('lists relative dates as unresolved and keeps dates written in full', () => {
    const text = 'Gunmen attacked on Wednesday. Kabul fell on 15 August 2021. Police struck last Friday.';
    const { events, unresolved } = extractArticleEvents(text, null);
    expect(events.map((event) => event.date)).toEqual(['2021-08-15']);
    expect(unresolved).toEqual([
      {
        expression: 'on Wednesday',
        sentence: 'Gunmen attacked on Wednesday.',
        reason: UNRESOLVED_REASONS.noPublicationDate,
      },
      {
        expression: 'last Friday',
        sentence: 'Police struck last Friday.',
        reason: UNRESOLVED_REASONS.noPublicationDate,
      },
    ]);
  });

  it('treats an unreadable publication date as none', () => {
    const { events, unresolved } = extractArticleEvents('Gunmen attacked on Wednesday.', new Date(Number.NaN));
    expect(events).toEqual([]);
    expect(unresolved).toHaveLength(1);
  });
});
