import { storage } from 'wxt/utils/storage';
import type { PageReport } from './page-report';

const key = (tabId: number) => `session:report:${tabId}` as const;

/**
 * Per-tab page reports in storage.session: in memory, gone with the browser session, but kept when
 * the browser stops and restarts the background worker.
 */
export const reportStore = {
  get: (tabId: number) => storage.getItem<PageReport>(key(tabId)),
  set: (tabId: number, report: PageReport) => storage.setItem(key(tabId), report),
  remove: (tabId: number) => storage.removeItem(key(tabId)),
};
