import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium';
import { launchExtension, type ExtensionBrowser } from './launch-extension';
import { serveStatic, type StaticServer } from './serve-static';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
export const SCREENSHOTS_DIR = resolve(import.meta.dirname, '../../test-results');

/**
 * The Chromium the browser tests drive. Without one they fail with a clear message under CI and
 * are skipped, loudly, elsewhere.
 */
export function chromiumForTests(): string | null {
  const path = findChromium();
  if (path) return path;
  if (process.env.CI) throw new Error(`Browser tests cannot run: ${HOW_TO_GET_CHROMIUM}`);
  console.warn(`\n\n!!! SKIPPING BROWSER TESTS !!!\n${HOW_TO_GET_CHROMIUM}\n\n`);
  return null;
}

export interface Suite {
  browser: ExtensionBrowser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startSuite(
  chromium: string,
  options: Parameters<typeof launchExtension>[1] = {},
): Promise<Suite> {
  const server = await serveStatic(FIXTURES_DIR);
  const browser = await launchExtension(chromium, options);
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The text of every range Backstory registered under `bs-` highlights, read from the page itself. */
export function highlightedTexts(page: Page, name?: string): Promise<string[]> {
  return page.evaluate((only) => {
    const texts: string[] = [];
    for (const [key, highlight] of CSS.highlights) {
      if (!key.startsWith('bs-') || (only && key !== only)) continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        texts.push(live.toString());
      }
    }
    return texts;
  }, name ?? null);
}

/** Waits until the page has Backstory highlights. */
export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((key) => key.startsWith('bs-term')), null, {
    timeout: 10_000,
  });
}

/** Where a text sits on screen, and the viewport's size (clientWidth: without the scrollbar). */
export interface TextRect {
  top: number;
  bottom: number;
  left: number;
  width: number;
  height: number;
  viewWidth: number;
  viewHeight: number;
}

/**
 * The rectangle of the first occurrence of `text` inside the article (or `scope`), brought to the middle
 * of the view first when `scroll` is set.
 */
export async function textRect(
  page: Page,
  text: string,
  { scope = 'article', scroll = false } = {},
): Promise<TextRect> {
  return page.evaluate(
    ([needle, selector, center]) => {
      const root = document.querySelector(selector) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        if (center) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const { top, bottom, left, width, height } = range.getBoundingClientRect();
        const viewWidth = document.documentElement.clientWidth;
        return { top, bottom, left, width, height, viewWidth, viewHeight: innerHeight };
      }
      throw new Error(`"${needle}" is not on the page`);
    },
    [text, scope, scroll] as const,
  );
}

/** Moves the pointer onto the first occurrence of `text` inside the article (or `scope`). */
export async function hoverText(page: Page, text: string, scope = 'article'): Promise<void> {
  const rect = await textRect(page, text, { scope, scroll: true });
  const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  await page.mouse.move(point.x - 40, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/**
 * The id of the browser tab showing `url`, as the extension sees it: the tab whose page report the
 * background holds (the extension has no "tabs" permission, so it cannot read tab URLs).
 */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  return browser.worker.evaluate(async (target) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const items = await chrome.storage.session.get(null);
      for (const [key, value] of Object.entries(items)) {
        if (key.startsWith('report:') && (value as { url?: string }).url === target) return Number(key.slice(7));
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no page report for ${target}`);
  }, url);
}

/**
 * Stops the extension's service worker as the browser does when it idles it: through the DevTools
 * protocol, from one of the extension's own pages (the worker's storage partition). Resolves once the
 * worker's in-memory state is gone.
 */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const marker = '__backstoryAlive';
  await browser.worker.evaluate((key) => ((self as unknown as Record<string, boolean>)[key] = true), marker);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
  for (let attempt = 0; attempt < 50; attempt++) {
    const alive = await browser.worker
      .evaluate((key) => (self as unknown as Record<string, boolean>)[key] === true, marker)
      .catch(() => false);
    if (!alive) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the service worker did not stop');
}

/** Changes the reader's settings the way the options page does: in storage, seen by every tab at once. */
export async function setSettings(browser: ExtensionBrowser, change: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(async (patch) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings as object | undefined), ...patch } });
  }, change);
}

/** The open hover card, inside Backstory's shadow root. */
/** Waits until an element's animations have finished: the card fades and slides in over 120 ms. */
export async function animationsDone(locator: Locator): Promise<void> {
  await locator.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
}

export function cardOf(page: Page) {
  return page.locator('bs-card [role="dialog"]');
}

/**
 * Sends a protocol message to a tab's content script from the background, as the extension itself
 * does (headless Chromium does not deliver the commands API's keyboard shortcuts to extensions).
 */
export async function messageTab(
  browser: ExtensionBrowser,
  tabId: number,
  type: string,
  data: unknown,
): Promise<unknown> {
  return browser.worker.evaluate(
    ([id, messageType, payload]) =>
      chrome.tabs.sendMessage(id as number, {
        id: Date.now(),
        type: messageType,
        data: payload,
        timestamp: Date.now(),
      }),
    [tabId, type, data] as const,
  );
}
