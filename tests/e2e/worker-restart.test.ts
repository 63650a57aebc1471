import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  cardOf,
  chromiumForTests,
  highlightedTexts,
  hoverText,
  startSuite,
  stopServiceWorker,
  tabIdOf,
  waitForHighlights,
  type Suite,
} from '../support/browser-suite';

const chromium = chromiumForTests();

describe.skipIf(!chromium)('when the browser stops the background worker mid-session', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite(chromium!);
  });
  afterAll(() => suite?.close());

  test('the briefing, new scans and hover cards all keep working', async () => {
    const url = `${suite.server.origin}/sample-article.html`;
    const page = await suite.browser.context.newPage();
    await page.goto(url);
    await waitForHighlights(page);
    const tabId = await tabIdOf(suite.browser, url);

    await stopServiceWorker(suite.browser);

    const panel = await suite.browser.context.newPage();
    await panel.goto(`chrome-extension://${suite.browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect(panel.locator('[data-entry-id="ttp"] .term-summary').textContent()).resolves.toContain('militant');

    await stopServiceWorker(suite.browser);
    await page.reload();
    await waitForHighlights(page);
    await hoverText(page, 'ISKP');
    const card = page.locator('bs-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    await expect(card.locator('h2').textContent()).resolves.toContain('Islamic State Khorasan Province');
  });

  /** A DevTools session on one of the extension's pages, to stop its worker with no delay of our own. */
  async function workerStopper(): Promise<{ stop(): Promise<unknown>; close(): Promise<void> }> {
    const page = await suite.browser.context.newPage();
    await page.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    const cdp: CDPSession = await suite.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    return { stop: () => cdp.send('ServiceWorker.stopAllWorkers'), close: () => page.close() };
  }

  test('stopped while pages are being scanned, it answers them all once it is back', async () => {
    const url = `${suite.server.origin}/sample-article.html`;
    const stopper = await workerStopper();
    const page = await suite.browser.context.newPage();
    // The scan message leaves as soon as the content script has read the page; stopping the worker
    // at several moments around it catches it before, during and after its answer.
    for (const delayMs of [0, 5, 15, 30, 60, 120]) {
      const events: string[] = [];
      page.on('console', (message) => events.push(message.text()));
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForLoadState('domcontentloaded');
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await stopper.stop();
      await waitForHighlights(page);
      expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(['TTP', 'ISKP', 'Torkham border']));
      page.removeAllListeners('console');
    }
    await stopper.close();
    // The briefing for that tab is whole too.
    const tabId = await tabIdOf(suite.browser, url);
    const panel = await suite.browser.context.newPage();
    await panel.goto(`chrome-extension://${suite.browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('.who-what [data-entry-id="iskp"]').waitFor();
    await panel.close();
    await page.close();
  });

  test('stopped while a card is opening, the card opens whole and its "Open briefing" still works', async () => {
    const url = `${suite.server.origin}/sample-article.html`;
    const page = await suite.browser.context.newPage();
    await page.goto(url);
    await waitForHighlights(page);
    const stopper = await workerStopper();
    await hoverText(page, 'TTP');
    await stopper.stop();
    const card = cardOf(page);
    await card.waitFor({ state: 'visible' });
    await expect(card.locator('h2').textContent()).resolves.toContain('Tehreek-e-Taliban Pakistan');
    // The card's own message wakes the worker again, which records the entry the briefing opens at.
    await card.getByRole('button', { name: /Open briefing/ }).click();
    await stopper.close();
    await expect
      .poll(
        () =>
          suite.browser.worker.evaluate(async () => (await chrome.storage.session.get('briefingFocus')).briefingFocus),
        { timeout: 10_000, interval: 100 },
      )
      .toMatchObject({ entryId: 'ttp' });
    await page.close();
  });
});
