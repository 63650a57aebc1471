import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  cardOf,
  chromiumForTests,
  highlightedTexts,
  hoverText,
  SCREENSHOTS_DIR,
  setSettings,
  startSuite,
  waitForHighlights,
  type Suite,
} from '../support/browser-suite';

const chromium = chromiumForTests();

/** Opens a fixture, recording the page's errors and its DOM as it was before the extension ran. */
async function open(suite: Suite, file: string) {
  const page = await suite.browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { before: string }).before = document.documentElement.outerHTML;
    });
  });
  await page.goto(`${suite.server.origin}/hostile/${file}`);
  return { page, errors };
}

const domUnchanged = (page: Page) =>
  page.evaluate(() => (window as unknown as { before: string }).before === document.documentElement.outerHTML);

async function probeStillWorks(page: Page) {
  await page.locator('#probe').click();
  await expect(page.locator('#probe').textContent()).resolves.toBe('clicked 1');
}

describe.skipIf(!chromium)('hostile pages: the page keeps working, with no errors', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite(chromium!);
    await setSettings(suite.browser, { scope: 'everywhere' });
  });
  afterAll(() => suite?.close());

  test('200,000 nodes', async () => {
    const { page, errors } = await open(suite, 'huge.html');
    await waitForHighlights(page);
    expect((await highlightedTexts(page)).length).toBeGreaterThan(10_000);
    await expect(domUnchanged(page)).resolves.toBe(true);
    await probeStillWorks(page);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  test('nesting 3,000 deep', async () => {
    const { page, errors } = await open(suite, 'deep.html');
    await waitForHighlights(page);
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(['TTP', 'ISKP', 'Torkham', 'Kabul']));
    await expect(domUnchanged(page)).resolves.toBe(true);
    await probeStillWorks(page);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  test('a page that rewrites its DOM without pause: new text is followed, and the page keeps running', async () => {
    const { page, errors } = await open(suite, 'restless.html');
    await waitForHighlights(page);
    const tick = () => page.evaluate(() => Number(document.getElementById('ticker')!.textContent!.split(': ')[1]));
    const before = await tick();
    await page.waitForTimeout(1500);
    expect(await tick()).toBeGreaterThan(before + 10);
    // Underlines keep up with the feed: the items on the page now are the ones underlined.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const highlight = [...CSS.highlights].find(([name]) => name.startsWith('bs-term'))?.[1];
          const live = [...(highlight ?? [])].filter((range) => range.startContainer.isConnected);
          return live.length;
        }),
      )
      .toBeGreaterThan(20);
    await probeStillWorks(page);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  test('a framework that re-renders the article after load', async () => {
    const { page, errors } = await open(suite, 'rerender.html');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('v2'));
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            [...CSS.highlights]
              .filter(([name]) => name.startsWith('bs-term'))
              .flatMap(([, highlight]) => [...highlight])
              .filter(
                (range) =>
                  range.startContainer.isConnected && document.querySelector('article')!.contains(range.startContainer),
              ).length,
        ),
      )
      .toBeGreaterThanOrEqual(4);
    await probeStillWorks(page);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  test('forms and editable regions are never touched, and still work', async () => {
    const { page, errors } = await open(suite, 'forms.html');
    await waitForHighlights(page);
    const owners = await page.evaluate(() =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('bs-'))
        .flatMap(([, highlight]) => [...highlight])
        .map(
          (range) => (range.startContainer.parentElement as Element).id || range.startContainer.parentElement!.tagName,
        ),
    );
    expect(new Set(owners)).toEqual(new Set(['prose']));
    await page.locator('#editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' near ISKP');
    await expect(page.locator('#editor').textContent()).resolves.toBe('Draft: the TTP and Torkham near ISKP');
    await page.locator('#area').fill('TTP typed');
    await page.locator('#submit').click();
    await expect(page.locator('#result').textContent()).resolves.toBe('sent TTP in Kabul');
    expect(errors, errors.join('\n')).toEqual([]);
  });

  test('page CSS that styles every element and our highlight cannot break the card', async () => {
    const { page, errors } = await open(suite, 'styled.html');
    await waitForHighlights(page);
    await expect(domUnchanged(page)).resolves.toBe(true);
    await hoverText(page, 'ISKP');
    const card = cardOf(page);
    await card.waitFor({ state: 'visible' });
    const size = await card.evaluate((el) => getComputedStyle(el).fontSize);
    expect(size).toBe('14px');
    await page.screenshot({ path: `${SCREENSHOTS_DIR}/hostile-styled.png` });
    expect(errors, errors.join('\n')).toEqual([]);
  });

  test('a strict Content-Security-Policy', async () => {
    const { page, errors } = await open(suite, 'strict-csp.html');
    await waitForHighlights(page);
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(['TTP', 'ISKP', 'Torkham crossing', 'Kabul']));
    await hoverText(page, 'TTP');
    const card = cardOf(page);
    await card.waitFor({ state: 'visible' });
    await expect(card.evaluate((el) => getComputedStyle(el).width)).resolves.toBe('340px');
    await page.screenshot({ path: `${SCREENSHOTS_DIR}/hostile-csp.png` });
    expect(errors.filter((error) => !/Content Security Policy/.test(error) || /chrome-extension/.test(error))).toEqual(
      [],
    );
  });

  test('right-to-left text', async () => {
    const { page, errors } = await open(suite, 'rtl.html');
    await waitForHighlights(page);
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(['TTP', 'ISKP', 'Torkham', 'Kabul']));
    await hoverText(page, 'ISKP');
    await cardOf(page).waitFor({ state: 'visible' });
    await page.screenshot({ path: `${SCREENSHOTS_DIR}/hostile-rtl.png` });
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
