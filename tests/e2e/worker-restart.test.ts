import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  chromiumForTests,
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
});
