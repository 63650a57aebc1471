import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { SCREENSHOTS_DIR, tabIdOf, waitForHighlights, type Suite } from './browser-suite';

/** Opens a fixture page in a new tab, waits for Backstory to read it, and returns the tab's id. */
export async function openFixture(suite: Suite, file: string, options: { highlights?: boolean } = {}) {
  const page = await suite.browser.context.newPage();
  const url = `${suite.server.origin}/${file}`;
  await page.goto(url);
  if (options.highlights ?? true) await waitForHighlights(page);
  return { page, url, tabId: await tabIdOf(suite.browser, url) };
}

/** Opens one of the extension's pages as a tab, pinned to a tab with `?tabId=` when one is given. */
export async function openExtensionPage(suite: Suite, file: string, tabId?: number): Promise<Page> {
  const page = await suite.browser.context.newPage();
  // The sizes the browser gives them: a side panel is narrow, a popup smaller still.
  if (file === 'sidepanel.html') await page.setViewportSize({ width: 400, height: 900 });
  if (file === 'popup.html') await page.setViewportSize({ width: 360, height: 600 });
  const query = tabId === undefined ? '' : `?tabId=${tabId}`;
  await page.goto(`chrome-extension://${suite.browser.extensionId}/${file}${query}`);
  // A briefing for a tab Backstory has read: wait for its first answer, as the reader does.
  if (tabId !== undefined && (file === 'sidepanel.html' || file === 'popup.html')) {
    await page.locator('main[aria-busy="false"]').waitFor({ timeout: 10_000 });
  }
  return page;
}

/** Makes a tab the active one of its window, as a reader's click on it does (fires tabs.onActivated). */
export async function activateTab(suite: Suite, tabId: number): Promise<void> {
  await suite.browser.worker.evaluate((id) => chrome.tabs.update(id, { active: true }).then(() => undefined), tabId);
}

/**
 * Reads the real side panel, which Playwright does not list as a page: from another of the
 * extension's pages, through chrome.extension.getViews(), which returns every extension page in the
 * extension's process, the side panel included. Null while no side panel is open.
 */
export function readSidePanel(from: Page, selector: string, attribute?: string): Promise<string | null> {
  return from.evaluate(
    ([css, name]) => {
      const views = chrome.extension.getViews() as unknown as Array<{ location: Location; document: Document }>;
      // The pages tests open as tabs are pinned with ?tabId=; the real side panel has no query.
      const panel = views.find((view) => view.location.pathname === '/sidepanel.html' && !view.location.search);
      const element = panel?.document.querySelector(css!);
      if (!element) return null;
      return name ? element.getAttribute(name) : (element.textContent ?? '').trim();
    },
    [selector, attribute] as const,
  );
}

/** Whether an element of the real side panel is scrolled into its view (see readSidePanel). */
export function sidePanelShows(from: Page, selector: string): Promise<boolean> {
  return from.evaluate((css) => {
    const views = chrome.extension.getViews() as unknown as Array<{ location: Location; document: Document }>;
    const panel = views.find((view) => view.location.pathname === '/sidepanel.html' && !view.location.search);
    const box = panel?.document.querySelector(css)?.getBoundingClientRect();
    const height = panel?.document.documentElement.clientHeight ?? 0;
    return !!box && box.top >= 0 && box.top < height;
  }, selector);
}

/** Runs axe on a page and returns its violations, each as "rule: how many nodes". */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.length} (${violation.help})`);
}

/** Screenshots a page in the light and the dark scheme, and returns axe's findings in each. */
export async function checkBothSchemes(page: Page, name: string): Promise<string[]> {
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SCREENSHOTS_DIR}/${name}-${colorScheme}.png`, fullPage: true });
    violations.push(...(await accessibilityViolations(page)).map((found) => `${colorScheme}: ${found}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return violations;
}
