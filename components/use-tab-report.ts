import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../lib/messaging';
import type { PageReport } from '../lib/report/page-report';

/**
 * The tab a briefing is about: `?tabId=` when given (a side panel opened for one tab, and tests),
 * else the active tab of the current window.
 */
export async function targetTabId(): Promise<number | null> {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(pinned) && pinned > 0) return pinned;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export type ReportState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'unreadable'; tabId: number }
  | { status: 'ready'; tabId: number; report: PageReport };

/** The report of the target tab, kept up to date as the background rescans it. */
export function useTabReport(): ReportState {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  useEffect(() => {
    let tabId: number | null = null;
    const refresh = async () => {
      tabId = await targetTabId();
      if (tabId === null) return setState({ status: 'no-tab' });
      const report = await sendMessage('getTabReport', { tabId });
      setState(report ? { status: 'ready', tabId, report } : { status: 'unreadable', tabId });
    };
    const stop = onMessage('reportChanged', ({ data }) => {
      if (data.tabId === tabId) void refresh();
    });
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    void refresh();
    return () => {
      stop();
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
  return state;
}
