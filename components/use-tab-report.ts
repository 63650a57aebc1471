import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage } from '../lib/messaging';
import { readTabState, type TabState, type TabStateSource } from '../lib/report/tab-state';
import { browserTabStateSource } from '../lib/report/tab-state-source';

/** A tab id given in the page's address (`?tabId=`): a briefing pinned to one tab, as tests open it. */
export function pinnedTabId(search = location.search): number | null {
  const pinned = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(pinned) && pinned > 0 ? pinned : null;
}

export interface TabReportOptions {
  /** Brief on this tab only; otherwise follow the active tab of this window. */
  pinned?: number | null;
  source?: TabStateSource;
  retryDelayMs?: number;
}

export interface TabReport {
  state: TabState;
  /** Asks again (the "Try again" button after the background did not answer). */
  refresh(): void;
}

/**
 * The state of the tab the briefing is about, kept live: the side panel follows the active tab of
 * its window (tabs.onActivated), its navigations (tabs.onUpdated) and its rescans (reportChanged).
 * Only the latest answer is shown: a slow answer for a tab the reader has left is dropped.
 */
export function useTabReport({ pinned = null, source = browserTabStateSource, retryDelayMs }: TabReportOptions = {}) {
  const [state, setState] = useState<TabState>({ status: 'starting' });
  const target = useRef<{ tabId: number | null; windowId: number | null }>({ tabId: pinned, windowId: null });
  const token = useRef(0);

  const load = useCallback(
    async (tabId: number | null, switched: boolean) => {
      const mine = ++token.current;
      target.current.tabId = tabId;
      if (tabId === null) return setState({ status: 'no-tab' });
      if (switched) setState({ status: 'starting' });
      const next = await readTabState(source, tabId, retryDelayMs);
      if (mine === token.current) setState(next);
    },
    [source, retryDelayMs],
  );

  useEffect(() => {
    const reload = () => void load(target.current.tabId, false);
    const stopReports = onMessage('reportChanged', ({ data }) => {
      if (data.tabId === target.current.tabId) reload();
    });
    const onActivated = ({ tabId, windowId }: { tabId: number; windowId: number }) => {
      if (pinned === null && windowId === target.current.windowId) void load(tabId, true);
    };
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === target.current.tabId && change.status) reload();
    };
    const onRemoved = (tabId: number) => {
      if (tabId === target.current.tabId && pinned !== null) void load(null, true);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    if (pinned !== null) void load(pinned, true);
    else
      void (async () => {
        const window = await browser.windows.getCurrent();
        target.current.windowId = window.id ?? null;
        const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
        await load(tab?.id ?? null, true);
      })();
    return () => {
      stopReports();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, [pinned, load]);

  const refresh = useCallback(() => void load(target.current.tabId, true), [load]);
  return { state, refresh } satisfies TabReport;
}
