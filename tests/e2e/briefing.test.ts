import { mkdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  activateTab,
  checkBothSchemes,
  openExtensionPage,
  openFixture,
  readSidePanel,
  sidePanelShows,
} from '../support/briefing-pages';
import {
  chromiumForTests,
  highlightedTexts,
  hoverText,
  SCREENSHOTS_DIR,
  startSuite,
  type Suite,
} from '../support/browser-suite';

const chromium = chromiumForTests();
const SAMPLE_TITLE = 'Pakistan, Taliban Officials Talk on ‘Terrorism Threat’ After Deadly Attacks';
const BORDER_TITLE = 'Torkham Reopens as Officials Weigh ISKP Threat on the Frontier';

/** Waits for what the reader would see: the UIs update as messages arrive, a moment apart. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe.skipIf(!chromium)('the briefing, end to end', () => {
  let suite: Suite;

  beforeAll(async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    suite = await startSuite(chromium!);
  });
  afterAll(() => suite?.close());

  test('the side panel briefs on the sample article: title, date, reading time, terms by kind', async () => {
    const { tabId } = await openFixture(suite, 'sample-article.html');
    const panel = await openExtensionPage(suite, 'sidepanel.html', tabId);
    await expect(panel.locator('h1').textContent()).resolves.toBe(SAMPLE_TITLE);
    await expect(panel.locator('.article-date').textContent()).resolves.toBe('23 February 2023');
    await expect(panel.locator('.article-reading').textContent()).resolves.toMatch(/^\d+ min read \(\d+ words\)$/);
    await eventually(() => panel.getByRole('status').textContent()).toMatch(/^News article: \d+ known terms found\.$/);
    const groupOf = (id: string) => panel.locator(`.term-group:has([data-entry-id="${id}"]) h3`).textContent();
    await expect(groupOf('ttp')).resolves.toMatch(/^Groups/);
    await expect(groupOf('iskp')).resolves.toMatch(/^Groups/);
    await expect(groupOf('torkham')).resolves.toMatch(/^Places/);
    await expect(groupOf('abdul-ghani-baradar')).resolves.toMatch(/^People/);
    const counts = await panel.locator('.term-group').first().locator('.term-count').allTextContents();
    const numbers = counts.map((text) => Number.parseInt(text, 10));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(await checkBothSchemes(panel, 'briefing-sidepanel')).toEqual([]);
  });

  test('exports the briefing as Markdown, to the clipboard and as a .md file', async () => {
    const { url, tabId } = await openFixture(suite, 'sample-article.html?export');
    const panel = await openExtensionPage(suite, 'sidepanel.html', tabId);
    await panel.locator('.who-what').waitFor();
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download .md' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('backstory-pakistan-taliban-officials-talk-on-terrorism-threat-after.md');
    const markdown = await readFile((await file.path())!, 'utf8');
    expect(markdown).toContain(`# Briefing: ${SAMPLE_TITLE}`);
    expect(markdown).toContain('- Published: 23 February 2023');
    expect(markdown).toContain(`- URL: <${url}>`);
    expect(markdown).toMatch(/^- \*\*Tehreek-e-Taliban Pakistan \(TTP\)\*\* \(4 mentions\): .+\n {2}- Sources: \[/m);

    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
    await eventually(() => panel.locator('.export-message').textContent()).toBe('Briefing copied as Markdown.');
    const copied = await panel.evaluate(() => navigator.clipboard.readText());
    expect(copied.replace(/Backstory, .*\./, '')).toBe(markdown.replace(/Backstory, .*\./, ''));
  });

  test('search finds entries on the page or not, misspelt: "Torkam", "Tehrik Taliban"', async () => {
    const { tabId } = await openFixture(suite, 'sample-article.html');
    const panel = await openExtensionPage(suite, 'sidepanel.html', tabId);
    const box = panel.getByRole('searchbox');
    await box.fill('Torkam');
    await expect(panel.locator('.search-result h3').first().textContent()).resolves.toBe('Torkham');
    await box.fill('Tehrik Taliban');
    await eventually(() => panel.locator('.search-count').textContent()).toMatch(/“Tehrik Taliban”/);
    await expect(panel.locator('.search-result h3').allTextContents()).resolves.toContain(
      'Tehreek-e-Taliban Pakistan (TTP)',
    );
    expect(await checkBothSchemes(panel, 'briefing-search')).toEqual([]);
  });

  test('a term jumps the page to its mentions, marks them, and goes back to where the reader was', async () => {
    const { page: article, tabId } = await openFixture(suite, 'sample-article.html?jump');
    await article.emulateMedia({ reducedMotion: 'reduce' });
    const panel = await openExtensionPage(suite, 'sidepanel.html', tabId);
    const ttp = panel.locator('[data-entry-id="ttp"]');
    // By keyboard, as a reader who does not use a mouse would.
    await ttp.getByRole('button', { name: /show in the page/ }).focus();
    await panel.keyboard.press('Enter');
    await eventually(() => ttp.locator('.mention-position').textContent()).toBe('1 of 4');
    await eventually(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(highlightedTexts(article, 'bs-flash')).resolves.toEqual(['TTP']);
    await article.screenshot({ path: `${SCREENSHOTS_DIR}/briefing-jump-page.png` });
    await panel.screenshot({ path: `${SCREENSHOTS_DIR}/briefing-jump-panel.png` });
    const first = await article.evaluate(() => window.scrollY);
    await ttp.getByRole('button', { name: /Next/ }).click();
    await eventually(() => ttp.locator('.mention-position').textContent()).toBe('2 of 4');
    // Back past the first mention to the last, further down the article.
    await ttp.getByRole('button', { name: /Previous/ }).click();
    await ttp.getByRole('button', { name: /Previous/ }).click();
    await eventually(() => ttp.locator('.mention-position').textContent()).toBe('4 of 4');
    await eventually(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(first);
    await panel.getByRole('button', { name: 'Back to where I was' }).click();
    await eventually(() => article.evaluate(() => window.scrollY)).toBe(0);
  });

  test('the timeline\'s "this article" scrolls the page to its sentence; a term in it opens its card', async () => {
    const { page: article, tabId } = await openFixture(suite, 'sample-article.html?timeline');
    await article.emulateMedia({ reducedMotion: 'reduce' });
    const panel = await openExtensionPage(suite, 'sidepanel.html', tabId);
    const timeline = panel.getByRole('region', { name: 'Timeline' });
    // "last Friday", resolved against publication on 23 February 2023.
    const karachi = timeline.locator('li', { hasText: 'Karachi last Friday' });
    await expect(karachi.locator('time').textContent()).resolves.toBe('17 February 2023');
    await karachi.getByRole('button', { name: 'this article' }).click();
    await eventually(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const flashed = await highlightedTexts(article, 'bs-flash');
    expect(flashed).toHaveLength(1);
    expect(flashed[0]).toContain('stormed a police compound in the southern port city of Karachi last Friday');
    const inView = await article.evaluate(() => {
      const range = [...CSS.highlights.get('bs-flash')!][0] as StaticRange;
      const box = range.startContainer.parentElement!.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await panel.getByRole('button', { name: 'Back to where I was' }).click();
    await eventually(() => article.evaluate(() => window.scrollY)).toBe(0);

    const chip = karachi.locator('.timeline-term').first();
    const entryId = (await chip.getAttribute('data-term'))!;
    await chip.click();
    const opened = panel.locator(`.who-what [data-entry-id="${entryId}"] .disclosure`);
    await eventually(() => opened.getAttribute('aria-expanded')).toBe('true');
    await expect(panel.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).resolves.toBe('true');
  });

  test('the real side panel follows the active tab as the reader switches tabs and navigates', async () => {
    const sample = await openFixture(suite, 'sample-article.html?follow');
    const border = await openFixture(suite, 'border-crossing.html');
    const popup = await openExtensionPage(suite, 'popup.html', sample.tabId);
    // A trusted click: the browser opens a side panel only during a user gesture.
    await popup.getByRole('button', { name: 'Open briefing' }).click();
    await eventually(() => readSidePanel(popup, '[role="status"]')).not.toBeNull();
    await activateTab(suite, sample.tabId);
    await eventually(() => readSidePanel(popup, 'h1')).toBe(SAMPLE_TITLE);
    await activateTab(suite, border.tabId);
    await eventually(() => readSidePanel(popup, 'h1')).toBe(BORDER_TITLE);
    await expect(readSidePanel(popup, '.article-date')).resolves.toBe('12 March 2024');
    await expect(readSidePanel(popup, '.who-what [data-entry-id="iskp"] .term-count')).resolves.toBe('3 mentions');
    await border.page.goto(`${suite.server.origin}/recipe-page.html`);
    await eventually(() => readSidePanel(popup, '[role="status"]')).toBe(
      'This page does not look like a news article, so nothing is underlined.',
    );

    // "Open briefing" on a hover card brings the panel to that entry, opened.
    await activateTab(suite, sample.tabId);
    await eventually(() => readSidePanel(popup, 'h1')).toBe(SAMPLE_TITLE);
    await sample.page.bringToFront();
    await hoverText(sample.page, 'Torkham');
    await sample.page.locator('bs-card').getByRole('button', { name: 'Open briefing' }).click();
    await eventually(() => readSidePanel(popup, '[data-entry-id="torkham"] .disclosure', 'aria-expanded')).toBe('true');
    await eventually(() => sidePanelShows(popup, '[data-entry-id="torkham"]')).toBe(true);
  });

  test('a page that is not an article offers a scan, and a page Backstory cannot read says so', async () => {
    const { tabId } = await openFixture(suite, 'recipe-page.html', { highlights: false });
    const panel = await openExtensionPage(suite, 'sidepanel.html', tabId);
    await eventually(() => panel.getByRole('status').textContent()).toMatch(/does not look like a news article/);
    await panel.getByRole('button', { name: 'Scan this page anyway' }).click();
    await eventually(() => panel.getByRole('status').textContent()).toBe('Not a news article: no known terms found.');

    const options = await openExtensionPage(suite, 'options.html');
    const optionsTab = await suite.browser.worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)!.id!,
      options.url(),
    );
    const unreadable = await openExtensionPage(suite, 'sidepanel.html', optionsTab);
    await eventually(() => unreadable.getByRole('status').textContent()).toMatch(/^Backstory cannot read this page\./);
  });

  test('turning the site off in the popup removes the underlines at once; the side panel turns it back on', async () => {
    const { page, tabId } = await openFixture(suite, 'sample-article.html?toggle');
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await expect(popup.locator('.top-terms li').count()).resolves.toBe(5);
    expect(await checkBothSchemes(popup, 'briefing-popup')).toEqual([]);
    const toggle = popup.getByRole('switch', { name: 'Underline terms on 127.0.0.1' });
    await toggle.uncheck();
    await eventually(() => highlightedTexts(page)).toEqual([]);
    await eventually(() => popup.getByRole('status').textContent()).toBe('Highlighting is off for 127.0.0.1.');
    await popup.screenshot({ path: `${SCREENSHOTS_DIR}/briefing-popup-off.png` });

    // The side panel says the same, and offers to turn the site back on.
    const panel = await openExtensionPage(suite, 'sidepanel.html', tabId);
    await eventually(() => panel.getByRole('status').textContent()).toBe('Highlighting is off for 127.0.0.1.');
    await panel.getByRole('button', { name: 'Turn on for 127.0.0.1' }).click();
    await eventually(async () => (await highlightedTexts(page)).length).toBeGreaterThan(0);
    await eventually(() => toggle.isChecked()).toBe(true);
  });
});
