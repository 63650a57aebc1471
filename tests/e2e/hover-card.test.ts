import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  animationsDone,
  cardOf,
  chromiumForTests,
  highlightedTexts,
  messageTab,
  hoverText,
  SCREENSHOTS_DIR,
  setSettings,
  startSuite,
  tabIdOf,
  textRect,
  waitForHighlights,
  type Suite,
} from '../support/browser-suite';

const chromium = chromiumForTests();

describe.skipIf(!chromium)('hover cards', () => {
  let suite: Suite;
  let page: Page;

  beforeAll(async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    suite = await startSuite(chromium!);
  });
  afterAll(() => suite?.close());
  beforeEach(async () => {
    await setSettings(suite.browser, { enabled: true, trigger: 'hover', hoverDelayMs: 350 });
    page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/sample-article.html`);
    await waitForHighlights(page);
    return () => page.close();
  });

  test('opens after the hover delay, with the entry in full and a safe source link', async () => {
    await setSettings(suite.browser, { hoverDelayMs: 1500 });
    await hoverText(page, 'Torkham');
    await page.waitForTimeout(400);
    await expect(cardOf(page).count()).resolves.toBe(0);
    const card = cardOf(page);
    await card.waitFor({ state: 'visible', timeout: 5000 });
    await expect(card.locator('h2').textContent()).resolves.toBe('Torkham');
    await expect(card.locator('.card-kind').textContent()).resolves.toBe('Place');
    await expect(card.locator('.card-summary').textContent()).resolves.toContain('border crossing');
    const events = await card.locator('.card-events li').allTextContents();
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events.length).toBeLessThanOrEqual(3);
    const link = card.locator('.card-foot a');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\//);
  });

  test('shows how the article itself defines a term', async () => {
    await hoverText(page, 'TTP');
    const card = cardOf(page);
    await card.waitFor({ state: 'visible' });
    await expect(card.locator('.card-defined').textContent()).resolves.toContain('TTP = Tehreek-e-Taliban Pakistan');
    await expect(card.locator('.card-save').count()).resolves.toBe(0);
  });

  test("on a medical page, the article's TTP wins over the glossary's, and can be saved", async () => {
    await page.goto(`${suite.server.origin}/medical-ttp.html`);
    await waitForHighlights(page);
    await hoverText(page, 'TTP');
    const card = cardOf(page);
    await card.waitFor({ state: 'visible' });
    await expect(card.locator('h2').textContent()).resolves.toBe('thrombotic thrombocytopenic purpura (TTP)');
    await expect(card.textContent()).resolves.not.toContain('Taliban');
    await card.locator('.card-save').click();
    await expect.poll(() => card.locator('.card-save').textContent()).toBe('Saved');
    const stored = await suite.browser.worker.evaluate(() => chrome.storage.local.get('userTerms'));
    expect((stored.userTerms as Array<{ id: string; sources: Array<{ url: string }> }>)[0]).toMatchObject({
      id: 'my-ttp',
      sources: [{ url: `${suite.server.origin}/medical-ttp.html` }],
    });
    await suite.browser.worker.evaluate(() => chrome.storage.local.remove('userTerms'));
  });

  test('stays open while the pointer moves into it, and closes when it leaves', async () => {
    await hoverText(page, 'ISKP');
    const card = cardOf(page);
    await card.waitFor({ state: 'visible' });
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
    await page.waitForTimeout(800);
    await expect(card.isVisible()).resolves.toBe(true);
    await page.mouse.move(5, 5, { steps: 4 });
    await card.waitFor({ state: 'detached', timeout: 3000 });
  });

  test('sits below its term, inside the viewport, and flips above it when the page scrolls the term low', async () => {
    await hoverText(page, 'ISKP');
    const card = cardOf(page);
    await card.waitFor({ state: 'visible' });
    await animationsDone(card);
    let term = await textRect(page, 'ISKP');
    let box = (await card.boundingBox())!;
    expect(box.y).toBeCloseTo(term.bottom + 6, 0);
    expect(box.x).toBeGreaterThanOrEqual(8);
    expect(box.x + box.width).toBeLessThanOrEqual(term.viewWidth - 8 + 0.5);

    // Scroll the term down to just above the viewport's bottom: no room below, so the card goes above.
    await page.evaluate((by) => window.scrollBy(0, by), term.bottom - (term.viewHeight - 30));
    await expect.poll(async () => (await card.boundingBox())!.y, { timeout: 3000 }).toBeLessThan(term.top);
    term = await textRect(page, 'ISKP');
    box = (await card.boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(term.top - 6, 0);
  });

  test('Escape closes the card', async () => {
    await hoverText(page, 'TTP');
    await cardOf(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await cardOf(page).waitFor({ state: 'detached', timeout: 3000 });
  });

  // The shortcut itself (commands API → background) is unit-tested in tests/unit/background; headless
  // Chromium does not deliver extension shortcuts, so here the background's message is sent directly.
  test('the next-term shortcut moves through the terms, opens each card with focus in it, and Escape returns focus', async () => {
    const tabId = await tabIdOf(suite.browser, page.url());
    await page.locator('nav a').first().focus();
    await messageTab(suite.browser, tabId, 'moveToTerm', { direction: 'next' });
    const card = cardOf(page);
    await card.waitFor({ state: 'visible', timeout: 5000 });
    const focused = await page.evaluate(() => {
      const host = document.activeElement;
      return host?.tagName === 'BS-CARD' ? host.shadowRoot?.activeElement?.getAttribute('role') : host?.tagName;
    });
    expect(focused).toBe('dialog');
    const first = await card.locator('h2').textContent();
    await messageTab(suite.browser, tabId, 'moveToTerm', { direction: 'next' });
    await expect.poll(() => card.locator('h2').textContent()).not.toBe(first);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 3000 });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Asia Pacific');
  });

  test('has the dialog role, an accessible name, and no axe violations', async () => {
    await hoverText(page, 'TTP');
    const card = cardOf(page);
    await card.waitFor({ state: 'visible' });
    await expect(card.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    const results = await new AxeBuilder({ page }).include('bs-card').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('shows no card, and no underline, where highlighting is off', async () => {
    await setSettings(suite.browser, { enabled: false });
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await hoverText(page, 'TTP');
    await page.waitForTimeout(1000);
    await expect(cardOf(page).count()).resolves.toBe(0);
  });

  test.each([
    ['light', 'sample-article.html'],
    ['dark', 'dark-article.html'],
  ])('follows the page: a %s page gets a %s card (screenshot)', async (theme, file) => {
    await page.goto(`${suite.server.origin}/${file}`);
    await waitForHighlights(page);
    await hoverText(page, 'Torkham');
    await cardOf(page).waitFor({ state: 'visible' });
    await expect(page.locator('bs-card').getAttribute('data-theme')).resolves.toBe(theme);
    await page.screenshot({ path: `${SCREENSHOTS_DIR}/card-${theme}.png` });
  });
});
