import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's types do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the briefing beside the page: Chrome's side panel for the tab, Firefox's sidebar. Both
 * need the reader's gesture, which the message from the card's button carries.
 */
export async function openBriefing(tabId: number): Promise<void> {
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebar) return sidebar.open();
  await browser.sidePanel.open({ tabId });
}
