import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
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
import { clearStoredData, highlightCounts, openOptions, storedData } from '../support/options-page';

const chromium = chromiumForTests();
const POLL = { timeout: 5000, interval: 50 };

describe.skipIf(!chromium)('the options page: each setting acts on open pages at once', () => {
  let suite: Suite;
  let articleUrl: string;
  let article: Page;
  let options: Page;
  let before: Record<string, number>;

  beforeAll(async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    suite = await startSuite(chromium!);
    articleUrl = `${suite.server.origin}/sample-article.html`;
  });
  afterAll(() => suite?.close());
  beforeEach(async () => {
    await clearStoredData(suite.browser);
    article = await suite.browser.context.newPage();
    await article.goto(articleUrl);
    await waitForHighlights(article);
    before = await highlightCounts(article);
    options = await openOptions(suite.browser);
  });
  afterEach(async () => {
    await options?.close();
    await article?.close();
  });

  const counts = () => highlightCounts(article);
  const texts = () => highlightedTexts(article);

  test('the underline style renames the highlight at once, and "none" leaves none', async () => {
    expect(Object.keys(before)).toEqual(['bs-term-dotted']);
    await options.getByLabel('Solid underline').check();
    await expect.poll(counts, POLL).toEqual({ 'bs-term-solid': before['bs-term-dotted'] });
    await expect(options.locator('.preview-term').first().getAttribute('data-style')).resolves.toBe('solid');
    await options.getByLabel('Background tint').check();
    await expect.poll(counts, POLL).toEqual({ 'bs-term-background': before['bs-term-dotted'] });
    await options.getByLabel(/^None/).check();
    await expect.poll(counts, POLL).toEqual({});
  });

  test('"first mention only" leaves one underline per term', async () => {
    expect((await texts()).filter((text) => text === 'TTP')).toHaveLength(3);
    await options.getByLabel('Underline only the first mention of each term').check();
    await expect.poll(async () => (await texts()).filter((text) => text === 'TTP').length, POLL).toBe(1);
    const tabId = await tabIdOf(suite.browser, articleUrl);
    const terms = await suite.browser.worker.evaluate(
      async (key) => ((await chrome.storage.session.get(key))[key] as { terms: unknown[] }).terms.length,
      `report:${tabId}`,
    );
    expect((await counts())['bs-term-dotted']).toBe(terms);
    expect(terms).toBeLessThan(before['bs-term-dotted']!);
  });

  test('turning highlighting off by keyboard clears every highlight without a reload, and on brings them back', async () => {
    for (let i = 0; i < 40 && (await options.evaluate(() => document.activeElement?.id)) !== 'enabled'; i++) {
      await options.keyboard.press('Tab');
    }
    const outline = await options.evaluate(() => getComputedStyle(document.activeElement!).outlineWidth);
    expect(outline).toBe('3px');
    await options.keyboard.press('Space');
    await expect.poll(counts, POLL).toEqual({});
    expect((await storedData(suite.browser)).sync.settings).toMatchObject({ enabled: false });
    await options.keyboard.press('Space');
    await expect.poll(counts, POLL).toEqual(before);
  });

  test('a site rule turns this site off at once; removing it turns it back on', async () => {
    await options.getByLabel('Site', { exact: true }).fill(new URL(articleUrl).host);
    await options.getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(counts, POLL).toEqual({});
    await options.getByRole('button', { name: 'Remove the rule for 127.0.0.1' }).click();
    await expect.poll(counts, POLL).toEqual(before);
  });

  test('a kind turned off loses its underlines; the other kinds keep theirs', async () => {
    expect(await texts()).toContain('Torkham border');
    await options.getByLabel('Place', { exact: true }).uncheck();
    await expect.poll(async () => (await texts()).includes('Torkham border'), POLL).toBe(false);
    expect(await texts()).toContain('TTP');
  });

  test('a pack turned off loses its underlines, except terms the article defines itself', async () => {
    await options.getByLabel(/^South Asia security/).uncheck();
    await expect.poll(async () => (await texts()).includes('Torkham border'), POLL).toBe(false);
    expect(await texts()).not.toContain('ISKP');
    // "Tehreek-e-Taliban Pakistan (TTP)" in the text: the article's own definition still explains it.
    expect(await texts()).toContain('TTP');
  });

  test('"open on click": hovering opens no card, clicking does', async () => {
    await options.getByLabel('On click').check();
    await expect
      .poll(async () => (await storedData(suite.browser)).sync.settings, POLL)
      .toMatchObject({ trigger: 'click' });
    await article.bringToFront();
    await hoverText(article, 'ISKP');
    await article.waitForTimeout(800);
    const card = article.locator('bs-card [role="dialog"]');
    expect(await card.count()).toBe(0);
    await article.mouse.down();
    await article.mouse.up();
    await card.waitFor({ state: 'visible', timeout: 5000 });
  });
});

describe.skipIf(!chromium)('the options page itself', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite(chromium!);
  });
  afterAll(() => suite?.close());

  async function axeViolations(page: Page) {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.map((violation) => ({
      rule: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }

  // One axe run per scheme (each takes seconds here), with the parts that open on demand open too:
  // the term form showing its errors and the reset confirmation.
  test.each(['light', 'dark'] as const)('has no accessibility violations in %s mode (axe)', async (scheme) => {
    await clearStoredData(suite.browser);
    const options = await openOptions(suite.browser);
    await options.emulateMedia({ colorScheme: scheme });
    await options.getByLabel(/^South Asia security/).waitFor();
    await options.screenshot({ path: `${SCREENSHOTS_DIR}/options-${scheme}.png`, fullPage: true });

    await options.getByRole('button', { name: 'Add a term' }).click();
    await options.getByRole('button', { name: 'Add term' }).click();
    await options.getByText('3 fields need attention before saving.').waitFor();
    await options.locator('#glossary-heading').scrollIntoViewIfNeeded();
    await options.screenshot({ path: `${SCREENSHOTS_DIR}/options-form-${scheme}.png` });
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  test('the theme setting overrides the system: dark on a light system', async () => {
    await clearStoredData(suite.browser);
    const options = await openOptions(suite.browser);
    const background = () => options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await options.getByLabel('Dark', { exact: true }).check();
    await expect.poll(background, POLL).toBe('rgb(31, 34, 40)');
    await options.reload();
    await expect.poll(background, POLL).toBe('rgb(31, 34, 40)');
    await options.close();
  });

  test('settings too large for storage.sync are refused with a message, counted as Chrome counts them', async () => {
    await clearStoredData(suite.browser);
    // Chrome's own rule, which settingsBytes() copies: key plus JSON value, at most 8192 bytes.
    const verdicts = await suite.browser.worker.evaluate(async () => {
      const attempt = (bytes: number) =>
        chrome.storage.sync.set({ settings: { f: 'x'.repeat(bytes - 'settings'.length - '{"f":""}'.length) } }).then(
          () => 'stored',
          (error: Error) => error.message,
        );
      return [await attempt(8192), await attempt(8193)];
    });
    expect(verdicts[0]).toBe('stored');
    expect(verdicts[1]).toMatch(/QuotaBytesPerItem|QUOTA_BYTES_PER_ITEM/i);
    await clearStoredData(suite.browser);

    const options = await openOptions(suite.browser);
    await options.getByLabel('Solid underline').check();
    await expect.poll(async () => (await storedData(suite.browser)).sync.settings, POLL).toBeDefined();
    const settings = (await storedData(suite.browser)).sync.settings as { siteRules: Record<string, boolean> };
    const size = () => 'settings'.length + JSON.stringify(settings).length;
    for (let i = 0; size() < 8192 - 30; i++) settings.siteRules[`site-${i}.example.com`] = false;
    await suite.browser.worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
    await options.reload();

    await options.getByLabel('Site', { exact: true }).fill('one-more-news-site.example.com');
    await options.getByRole('button', { name: 'Add rule' }).click();
    const alert = options.getByTestId('settings-error');
    await expect.poll(() => alert.textContent(), POLL).toMatch(/^Not saved: .* more than the 8192 bytes/);
    expect(await alert.isVisible()).toBe(true);
    expect((await storedData(suite.browser)).sync.settings).toEqual(settings);
    await options.screenshot({ path: `${SCREENSHOTS_DIR}/options-quota-error.png` });
    await options.close();
  });
});
