import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StatusPanel } from '../../../components/StatusPanel';
import { useTabReport } from '../../../components/use-tab-report';
import type { PageReport } from '../../../lib/report/page-report';
import type { TabStateSource } from '../../../lib/report/tab-state';
import { sampleReport } from '../report/sample-report';

function Probe(props: { pinned?: number | null; source: TabStateSource }) {
  const { state } = useTabReport({ ...props, retryDelayMs: 1 });
  return (
    <>
      <StatusPanel state={state} />
      <p data-testid="tab">{'tabId' in state ? state.tabId : 'none'}</p>
    </>
  );
}

function source(reports: Map<number, PageReport>): TabStateSource {
  return {
    getReport: async (tabId) => reports.get(tabId) ?? null,
    pagePresent: async (tabId) => reports.has(tabId),
    tabStatus: async () => 'complete',
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the tab the briefing follows', () => {
  test('shows "Starting…" while the background wakes, then the answer (asking twice if it must)', async () => {
    let wake!: () => void;
    const woken = new Promise<void>((resolve) => (wake = resolve));
    const getReport = vi
      .fn<TabStateSource['getReport']>()
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockImplementation(async () => (await woken, sampleReport()));
    render(<Probe pinned={5} source={{ ...source(new Map()), getReport, pagePresent: async () => true }} />);
    expect(screen.getByRole('status').textContent).toBe('Starting…');
    wake();
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^News article: 6 known terms/));
    expect(getReport).toHaveBeenCalledTimes(2);
  });

  test('follows the active tab of its window as the reader switches tabs', async () => {
    const window = (await fakeBrowser.windows.create({ focused: true }))!;
    const article = await fakeBrowser.tabs.create({ windowId: window.id, active: true });
    const other = await fakeBrowser.tabs.create({ windowId: window.id, active: false });
    const reports = new Map([
      [article.id!, sampleReport()],
      [other.id!, sampleReport({ status: 'not-article', isArticle: false, terms: [] })],
    ]);
    render(<Probe source={source(reports)} />);
    await waitFor(() => expect(screen.getByTestId('tab').textContent).toBe(String(article.id)));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^News article/));
    await fakeBrowser.tabs.update(other.id!, { active: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/does not look like a news article/));
    expect(screen.getByTestId('tab').textContent).toBe(String(other.id));
  });

  test('a briefing pinned to a tab does not follow the others', async () => {
    const window = (await fakeBrowser.windows.create({ focused: true }))!;
    const pinned = await fakeBrowser.tabs.create({ windowId: window.id, active: true });
    const other = await fakeBrowser.tabs.create({ windowId: window.id, active: false });
    render(<Probe pinned={pinned.id!} source={source(new Map([[pinned.id!, sampleReport()]]))} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^News article/));
    await fakeBrowser.tabs.update(other.id!, { active: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByTestId('tab').textContent).toBe(String(pinned.id));
  });

  test('reads the tab again when it navigates, so a page it cannot read replaces the old article', async () => {
    const window = (await fakeBrowser.windows.create({ focused: true }))!;
    const tab = await fakeBrowser.tabs.create({ windowId: window.id, active: true });
    const reports = new Map([[tab.id!, sampleReport()]]);
    render(<Probe source={source(reports)} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^News article/));
    reports.delete(tab.id!);
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, status: 'complete' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/cannot read this page/));
  });
});
