import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  cardOf,
  chromiumForTests,
  hoverText,
  setSettings,
  startSuite,
  tabIdOf,
  waitForHighlights,
  type Suite,
} from '../support/browser-suite';

const chromium = chromiumForTests();

const HOSTILE = '<img src=x onerror="window.__pwned=\'pack\'"><script>window.__pwned="pack"</script>';

describe.skipIf(!chromium)('trust', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite(chromium!);
  });
  afterAll(() => suite?.close());
  afterEach(async () => {
    await suite.browser.worker.evaluate(() => chrome.storage.local.remove('importedPacks'));
    await setSettings(suite.browser, { scope: 'articles' });
  });

  test('nothing leaves the machine: every request goes to the local test server or the extension itself', async () => {
    const requests: string[] = [];
    suite.browser.context.on('request', (request) => requests.push(request.url()));
    const page = await suite.browser.context.newPage();
    const url = `${suite.server.origin}/sample-article.html`;
    await page.goto(url);
    await waitForHighlights(page);
    await hoverText(page, 'Torkham');
    await cardOf(page).waitFor({ state: 'visible' });
    const tabId = await tabIdOf(suite.browser, url);
    for (const ui of [`sidepanel.html?tabId=${tabId}`, `popup.html?tabId=${tabId}`, 'options.html']) {
      const extensionPage = await suite.browser.context.newPage();
      await extensionPage.goto(`chrome-extension://${suite.browser.extensionId}/${ui}`);
      await extensionPage.waitForLoadState('networkidle');
      await extensionPage.close();
    }
    const allowed = [suite.server.origin, `chrome-extension://${suite.browser.extensionId}/`, 'data:', 'blob:'];
    const elsewhere = requests.filter((request) => !allowed.some((prefix) => request.startsWith(prefix)));
    expect(requests.length).toBeGreaterThan(3);
    expect(elsewhere).toEqual([]);
  });

  test('page text and pack content render as text: nothing in them runs', async () => {
    await suite.browser.worker.evaluate(async (html) => {
      const entry = {
        id: 'zorblax-brigade',
        term: `Zorblax Brigade ${html}`,
        aliases: ['Zorblax Brigade'],
        kind: 'group',
        summary: `A made-up group. ${html}`,
        sources: [{ url: 'https://example.org/', title: html }],
        asOf: '2026-11-28',
        events: [{ date: '2024-01-01', text: html }],
      };
      await chrome.storage.local.set({
        importedPacks: [{ id: 'hostile', name: html, version: '1.0.0', language: 'en', entries: [entry] }],
      });
    }, HOSTILE);
    await setSettings(suite.browser, { scope: 'everywhere' });
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/xss.html`);
    await waitForHighlights(page);
    for (const term of ['TTP', 'Zorblax Brigade']) {
      await hoverText(page, term);
      const card = cardOf(page);
      await card.waitFor({ state: 'visible' });
      await page.mouse.move(2, 2);
      await card.waitFor({ state: 'detached' });
    }
    await hoverText(page, 'Zorblax Brigade');
    const card = cardOf(page);
    await card.waitFor({ state: 'visible' });
    await expect(card.locator('.card-summary').textContent()).resolves.toContain('<img src=x onerror=');
    await expect(card.locator('img, script').count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).resolves.toBeUndefined();
  });

  test('a malformed or misplaced message gets an error and changes nothing', async () => {
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    const send = (type: string, data: unknown) =>
      options.evaluate(
        ([messageType, payload]) =>
          chrome.runtime.sendMessage({ id: 1, type: messageType, data: payload, timestamp: Date.now() }),
        [type, data] as const,
      );
    const malformed = (await send('importGlossary', { text: 42 })) as { err?: { message: string } };
    expect(malformed.err?.message).toMatch(/malformed "importGlossary": text/);
    const misplaced = (await send('scanPage', { url: 'x', isArticle: true, article: null, blocks: ['TTP'] })) as {
      err?: { message: string };
    };
    expect(misplaced.err?.message).toMatch(/not allowed from a extension|not allowed/);
    const stored = await suite.browser.worker.evaluate(() => chrome.storage.local.get(['importedPacks', 'userTerms']));
    expect(stored).toEqual({});
  });
});
