import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension';

/** How many ranges each Backstory highlight holds on a page, by name. */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('bs-')) counts[name] = highlight.size;
    return counts;
  });
}

/** Opens the extension's options page in a new tab, loaded. */
export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1, name: 'Backstory options' }).waitFor();
  return page;
}

/** Everything the extension stored, in storage.sync and storage.local, read in its service worker. */
export function storedData(
  browser: ExtensionBrowser,
): Promise<{ sync: Record<string, unknown>; local: Record<string, unknown> }> {
  return browser.worker.evaluate(async () => ({
    sync: await chrome.storage.sync.get(null),
    local: await chrome.storage.local.get(null),
  }));
}

/** Back to a fresh install: no settings, no own terms, no imported packs. */
export async function clearStoredData(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
}
