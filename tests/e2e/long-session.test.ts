import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumForTests, SCREENSHOTS_DIR, startSuite, tabIdOf, type Suite } from '../support/browser-suite';
import { openWorkerHeapProbe } from '../support/worker-heap';

const chromium = chromiumForTests();
const LOADS = 200;
/** Articles and pages that are not: both kinds of report, four glossaries' worth of terms. */
const PAGES = [
  'sample-article.html',
  'border-crossing.html',
  'medical-ttp.html',
  'dark-article.html',
  'recipe-page.html',
];
/**
 * What "flat" allows: a leak of one page report (5-20 KB) per load would add 1-4 MB over 180 loads;
 * the heap after a full collection must not grow by more than a few tens of KB per ten loads.
 */
const MAX_GROWTH_BYTES = 512 * 1024;

describe.skipIf(!chromium)('a long session', () => {
  let suite: Suite;
  beforeAll(async () => {
    suite = await startSuite(chromium!);
  });
  afterAll(() => suite?.close());

  test(`after ${LOADS} page loads the background's memory stays flat`, { timeout: 300_000 }, async () => {
    const heap = await openWorkerHeapProbe(suite.browser);
    const samples: Array<{ loads: number; bytes: number }> = [];
    const reader = await suite.browser.context.newPage();
    let loads = 0;
    async function load(page = reader) {
      const file = PAGES[loads % PAGES.length]!;
      const url = `${suite.server.origin}/${file}?visit=${loads}`;
      await page.goto(url);
      // Each load is done when the background holds its report.
      await tabIdOf(suite.browser, url);
      loads++;
    }
    for (let round = 0; loads < LOADS; round++) {
      // Most loads in one tab, as a reader moves from story to story; every fourth in a tab of its own,
      // closed afterwards, so closed tabs' reports must go too.
      for (let i = 0; i < 15; i++) await load();
      for (let i = 0; i < 5; i++) {
        const tab = await suite.browser.context.newPage();
        await load(tab);
        await tab.close();
      }
      if (loads === 20 || loads % 60 === 20 || loads === LOADS) samples.push({ loads, bytes: await heap.usedBytes() });
    }
    await heap.close();
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    await writeFile(resolve(SCREENSHOTS_DIR, 'background-memory.json'), JSON.stringify(samples, null, 2));
    console.log(
      `background heap after a full GC: ${samples.map((s) => `${s.loads} loads ${(s.bytes / 1024).toFixed(0)} KB`).join(', ')}`,
    );
    const warm = samples[0]!.bytes;
    const last = samples.at(-1)!;
    expect(last.loads).toBe(LOADS);
    expect(last.bytes - warm).toBeLessThan(MAX_GROWTH_BYTES);
    // Closed tabs left nothing behind in the session's reports.
    const reports = await suite.browser.worker.evaluate(
      async () => Object.keys(await chrome.storage.session.get(null)).filter((key) => key.startsWith('report:')).length,
    );
    expect(reports).toBeLessThanOrEqual(suite.browser.context.pages().length);
  });
});
