import { askAgainOnFailure, ASK_AGAIN_AFTER_MS } from '../ask-again';
import type { PageReport } from './page-report';

/** What the briefing can say about a tab, each state worded for the reader by the UI. */
export type TabState =
  /** The first answer has not come yet (the background may be waking up). */
  | { status: 'starting' }
  | { status: 'no-tab' }
  /** The page is loading, or Backstory runs in it but has not reported yet. */
  | { status: 'reading'; tabId: number }
  /** No content script: a browser page, the extension store, a PDF viewer, or a tab opened before install. */
  | { status: 'unreadable'; tabId: number }
  /** The background did not answer, even on a second try. */
  | { status: 'error'; tabId: number }
  | { status: 'ready'; tabId: number; report: PageReport };

/** How the briefing reaches the background, the tab and its page. */
export interface TabStateSource {
  getReport(tabId: number): Promise<PageReport | null>;
  /** Whether Backstory's content script answers in the tab. */
  pagePresent(tabId: number): Promise<boolean>;
  /** The tab's loading status; null when the tab is gone. */
  tabStatus(tabId: number): Promise<'loading' | 'complete' | null>;
}

/**
 * Reads a tab's state: its page report, checked against the tab itself. A report outlives its page
 * when the tab moves to a page Backstory cannot read (the stored report is the last article's), so a
 * report only counts while the content script answers.
 */
export async function readTabState(
  source: TabStateSource,
  tabId: number,
  retryDelayMs = ASK_AGAIN_AFTER_MS,
): Promise<TabState> {
  let report: PageReport | null;
  try {
    report = await askAgainOnFailure(() => source.getReport(tabId), retryDelayMs);
  } catch {
    return { status: 'error', tabId };
  }
  const [status, present] = await Promise.all([
    source.tabStatus(tabId).catch(() => null),
    source.pagePresent(tabId).catch(() => false),
  ]);
  if (status === null) return { status: 'no-tab' };
  if (present && report) return { status: 'ready', tabId, report };
  if (status === 'loading' || present) return { status: 'reading', tabId };
  return { status: 'unreadable', tabId };
}
