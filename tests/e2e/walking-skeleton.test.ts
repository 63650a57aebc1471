import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  chromiumForTests,
  highlightedTexts,
  hoverText,
  SCREENSHOTS_DIR,
  startSuite,
  tabIdOf,
  waitForHighlights,
  type Suite,
} from '../support/browser-suite';

const chromium = chromiumForTests();

describe.skipIf(!chromium)('the sample article, end to end', () => {
  let suite: Suite;
  let articleUrl: string;

  beforeAll(async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    suite = await startSuite(chromium!);
    articleUrl = `${suite.server.origin}/sample-article.html`;
  });
  afterAll(() => suite?.close());

  test('underlines TTP, ISKP and Torkham without touching the page', async () => {
    const page = await suite.browser.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { before: string }).before = document.documentElement.outerHTML;
      });
    });
    await page.goto(articleUrl);
    await waitForHighlights(page);
    const texts = await highlightedTexts(page, 'bs-term-dotted');
    expect(texts).toEqual(expect.arrayContaining(['TTP', 'ISKP', 'Torkham border']));
    expect(texts.filter((text) => text === 'TTP')).toHaveLength(3);
    const unchanged = () =>
      page.evaluate(() => (window as unknown as { before: string }).before === document.documentElement.outerHTML);
    await expect(unchanged()).resolves.toBe(true);
    // Once the page is idle the card is drawn once off the page, to open fast later: still nothing in it.
    await page.evaluate(
      () => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300), { timeout: 3000 })),
    );
    await expect(unchanged()).resolves.toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS_DIR}/skeleton-underlines.png` });
    await page.close();
  });

  test('hovering TTP opens a card that explains it', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(articleUrl);
    await waitForHighlights(page);
    await hoverText(page, 'TTP');
    const card = page.locator('bs-card [role="dialog"]');
    await card.waitFor({ state: 'visible', timeout: 5000 });
    await expect(card.locator('h2').textContent()).resolves.toContain('Tehreek-e-Taliban Pakistan');
    await expect(card.textContent()).resolves.toContain('militant');
    await page.screenshot({ path: `${SCREENSHOTS_DIR}/skeleton-card.png` });
    await page.close();
  });

  test('the side panel and the popup list the terms found, with explanations', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(articleUrl);
    await waitForHighlights(page);
    const tabId = await tabIdOf(suite.browser, articleUrl);
    // The popup lists only the most mentioned terms; the side panel lists them all.
    for (const [ui, ids] of [
      ['sidepanel', ['ttp', 'iskp', 'torkham']],
      ['popup', ['pakistan', 'ttp']],
    ] as const) {
      const panel = await suite.browser.context.newPage();
      await panel.goto(`chrome-extension://${suite.browser.extensionId}/${ui}.html?tabId=${tabId}`);
      const list = panel.locator('.term-list');
      await list.first().waitFor();
      for (const id of ids) {
        await expect(list.locator(`[data-entry-id="${id}"] .term-summary`).textContent()).resolves.toMatch(
          /(\S+ ){6,}/,
        );
      }
      await panel.screenshot({ path: `${SCREENSHOTS_DIR}/skeleton-${ui}.png` });
      await panel.close();
    }
    await page.close();
  });
});
