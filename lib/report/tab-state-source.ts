import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import type { TabStateSource } from './tab-state';

/** The real source of a tab's state: the background's report, the tab, and its content script. */
export const browserTabStateSource: TabStateSource = {
  getReport: (tabId) => sendMessage('getTabReport', { tabId }),
  pagePresent: (tabId) =>
    sendMessage('pingPage', undefined, tabId).then(
      () => true,
      () => false,
    ),
  // tabs.get needs no "tabs" permission; without it the tab comes without its URL, which is fine here.
  tabStatus: (tabId) =>
    browser.tabs.get(tabId).then(
      (tab) => (tab.status === 'loading' ? 'loading' : 'complete'),
      () => null,
    ),
};
