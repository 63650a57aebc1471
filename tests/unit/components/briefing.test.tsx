import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Briefing } from '../../../components/Briefing';
import type { GlossaryLookup, PageActions } from '../../../lib/report/briefing-actions';
import type { PageReport } from '../../../lib/report/page-report';
import { sampleEntries, sampleReport } from '../report/sample-report';

afterEach(cleanup);

function setup(report: PageReport = sampleReport(), focus: { entryId: string; at: number } | null = null) {
  const page: PageActions = {
    reveal: vi.fn(async (_id: string, direction: string) => ({ index: direction === 'next' ? 2 : 1, total: 4 })),
    revealText: vi.fn(async () => true),
    returnToReading: vi.fn(async () => true),
    scanAnyway: vi.fn(async () => undefined),
  };
  const entries = sampleEntries(report);
  const glossary: GlossaryLookup = {
    search: vi.fn(async () => []),
    getEntries: vi.fn(async (ids: string[]) => ids.map((id) => entries.get(id)!).filter(Boolean)),
  };
  render(<Briefing report={report} page={page} glossary={glossary} focus={focus} />);
  return { page, glossary };
}

function item(id: string): HTMLElement {
  return document.querySelector<HTMLElement>(`.who-what [data-entry-id="${id}"]`)!;
}

describe('the briefing', () => {
  test('heads with the article: title, site, byline, date for people and reading time', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Pakistan, Taliban Officials Talk on ‘Terrorism Threat’',
    );
    const date = screen.getByText('23 February 2023');
    expect(date.tagName).toBe('TIME');
    expect(date.getAttribute('datetime')).toBe('2023-02-23T09:14:00+05:00');
    expect(screen.getByText('The Frontier Ledger')).toBeTruthy();
    expect(screen.getByText('By AFP')).toBeTruthy();
    expect(screen.getByText('3 min read (461 words)')).toBeTruthy();
  });

  test('groups who and what by kind, the most mentioned first', () => {
    setup();
    const whoWhat = screen.getByRole('region', { name: 'Who & what' });
    const groups = within(whoWhat)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(groups).toEqual(['Places (3)', 'Groups (2)', 'People (1)']);
    const places = within(screen.getByRole('region', { name: 'Places (3)' })).getAllByRole('listitem');
    expect(places.map((li) => li.dataset.entryId)).toEqual(['pakistan', 'kabul', 'torkham']);
    expect(within(item('pakistan')).getByText('6 mentions')).toBeTruthy();
    expect(within(item('pakistan')).getByText('What Pakistan is.')).toBeTruthy();
  });

  test('a term’s details, aliases and sources open from a disclosure button', async () => {
    setup();
    const more = within(item('ttp')).getByRole('button', { name: /More about Tehreek-e-Taliban/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => within(item('ttp')).getByText('More about Tehreek-e-Taliban Pakistan (TTP).'));
    expect(within(item('ttp')).getByText('ttp-alias')).toBeTruthy();
    const source = within(item('ttp')).getByRole('link', { name: 'Tehreek-e-Taliban Pakistan (TTP) profile' });
    expect(source.getAttribute('href')).toBe('https://example.org/ttp');
    expect(source.getAttribute('target')).toBe('_blank');
    expect(source.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('a term jumps to its mentions in the page, steps through them, and goes back', async () => {
    const { page } = setup();
    fireEvent.click(
      within(item('ttp')).getByRole('button', { name: /Tehreek-e-Taliban Pakistan \(TTP\).*show in the page/ }),
    );
    await within(item('ttp')).findByText('1 of 4');
    expect(page.reveal).toHaveBeenLastCalledWith('ttp', 'first');
    fireEvent.click(within(item('ttp')).getByRole('button', { name: /Next/ }));
    await within(item('ttp')).findByText('2 of 4');
    expect(page.reveal).toHaveBeenLastCalledWith('ttp', 'next');
    fireEvent.click(screen.getByRole('button', { name: 'Back to where I was' }));
    expect(page.returnToReading).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Back to where I was' })).toBeNull());
  });

  test('quick clicks show the answer to the last one, even when an earlier one answers later', async () => {
    const { page } = setup();
    let answerFirst!: (result: { index: number; total: number }) => void;
    vi.mocked(page.reveal)
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce({ index: 4, total: 4 });
    const name = /Tehreek-e-Taliban Pakistan \(TTP\).*show in the page/;
    fireEvent.click(within(item('ttp')).getByRole('button', { name }));
    fireEvent.click(within(item('ttp')).getByRole('button', { name }));
    await within(item('ttp')).findByText('4 of 4');
    answerFirst({ index: 1, total: 4 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(within(item('ttp')).queryByText('1 of 4')).toBeNull();
    expect(within(item('ttp')).getByText('4 of 4')).toBeTruthy();
  });

  test('says so when the page no longer has the term', async () => {
    const { page } = setup();
    vi.mocked(page.reveal).mockResolvedValueOnce(null);
    fireEvent.click(within(item('kabul')).getByRole('button', { name: /Kabul.*show in the page/ }));
    await within(item('kabul')).findByText('This term is no longer on the page.');
    expect(screen.queryByRole('button', { name: 'Back to where I was' })).toBeNull();
  });

  test('opens at the entry the reader asked for from a card', async () => {
    setup(sampleReport(), { entryId: 'torkham', at: 1 });
    const more = within(item('torkham')).getByRole('button', { name: /about Torkham/ });
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(more);
    await within(item('torkham')).findByText('More about Torkham.');
    expect(
      within(item('kabul'))
        .getByRole('button', { name: /about Kabul/ })
        .getAttribute('aria-expanded'),
    ).toBe('false');
  });

  test('keeps places for the article’s own definitions and the timeline, shown only with data', () => {
    setup();
    expect(screen.queryByRole('region', { name: 'Defined in this article' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    cleanup();
    setup(
      sampleReport({
        definitions: [{ short: 'TTP', long: 'Tehreek-e-Taliban Pakistan', entryId: 'ttp', pageOnly: false }],
        timeline: [
          {
            date: '2023-02-17',
            precision: 'day',
            text: 'Gunmen storm police headquarters in Karachi.',
            source: 'article',
            entryIds: ['ttp'],
          },
          { date: '2014', precision: 'year', text: 'An older event.', source: 'glossary', entryIds: [] },
        ],
      }),
    );
    expect(within(screen.getByRole('region', { name: 'Defined in this article' })).getByText('TTP')).toBeTruthy();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByText('17 February 2023')).toBeTruthy();
    expect(within(timeline).getByRole('heading', { name: '2014' })).toBeTruthy();
    expect(within(timeline).getByRole('heading', { name: 'February 2023' })).toBeTruthy();
    expect(within(timeline).getByText('(this article)')).toBeTruthy();
  });

  test('a page without terms has no "Who & what", and its briefing can still be exported', () => {
    setup(sampleReport({ terms: [] }));
    expect(screen.queryByRole('region', { name: 'Who & what' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Export' })).toBeTruthy();
  });

  describe('the timeline acts on what it names', () => {
    const withTimeline = () =>
      sampleReport({
        timeline: [
          {
            date: '2023-02-17',
            precision: 'day',
            text: 'Gunmen storm police headquarters in Karachi last Friday.',
            source: 'article',
            entryIds: ['ttp'],
            sentenceStart: 120,
            sentenceEnd: 176,
          },
        ],
      });

    test('"this article" scrolls the page to the sentence, and the way back appears', async () => {
      const { page } = setup(withTimeline());
      const timeline = screen.getByRole('region', { name: 'Timeline' });
      fireEvent.click(within(timeline).getByRole('button', { name: 'this article' }));
      expect(page.revealText).toHaveBeenCalledWith(120, 176);
      await screen.findByRole('button', { name: 'Back to where I was' });
    });

    test("a term's button opens its card in Who & what, with focus on it", async () => {
      setup(withTimeline());
      const toggle = within(item('ttp')).getByRole('button', { name: /about/ });
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      const timeline = screen.getByRole('region', { name: 'Timeline' });
      fireEvent.click(within(timeline).getByRole('button', { name: /TTP|Tehreek/ }));
      await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
      expect(document.activeElement).toBe(toggle);
    });
  });
});
