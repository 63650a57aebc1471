// `npm run demo`: builds the extension, serves the sample article on 127.0.0.1 and opens it in
// Chromium with Backstory loaded. With a display, the browser stays open for you to explore; without
// one, it runs headless, saves screenshots (underlines, a hover card, the side panel) and prints the
// terms it found.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../tests/support/find-chromium';
import { animationsDone, FIXTURES_DIR, hoverText, tabIdOf, waitForHighlights } from '../tests/support/browser-suite';
import { launchExtension } from '../tests/support/launch-extension';
import { serveStatic } from '../tests/support/serve-static';
import type { PageReport } from '../lib/report/page-report';

const OUT_DIR = resolve(import.meta.dirname, '../.demo');
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) {
  console.log('Building the extension (wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}

const server = await serveStatic(FIXTURES_DIR);
const articleUrl = `${server.origin}/sample-article.html`;
const browser = await launchExtension(chromium, { headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(articleUrl);
await waitForHighlights(page);
const tabId = await tabIdOf(browser, articleUrl);
const panel = await browser.context.newPage();
await panel.setViewportSize({ width: 420, height: 900 });
await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
await page.bringToFront();

if (!headless) {
  console.log(`Chromium is open on ${articleUrl} with Backstory loaded; the second tab is the briefing.`);
  console.log('Hover an underlined term. Close the browser to end the demo.');
  await new Promise((done) => browser.context.on('close', done));
  await server.close();
  process.exit(0);
}

await mkdir(OUT_DIR, { recursive: true });
await page.screenshot({ path: `${OUT_DIR}/1-underlines.png` });
await hoverText(page, 'TTP');
const card = page.locator('bs-card [role="dialog"]');
await card.waitFor({ state: 'visible' });
// The card fades in (120 ms): the picture is of the card as the reader ends up seeing it.
await animationsDone(card);
await page.screenshot({ path: `${OUT_DIR}/2-hover-card.png` });
await panel.locator('.term-list').first().waitFor();
await panel.screenshot({ path: `${OUT_DIR}/3-side-panel.png`, fullPage: true });

const report = (await browser.worker.evaluate(
  (key) => chrome.storage.session.get(key).then((items) => items[key]),
  `report:${tabId}`,
)) as PageReport;
console.log(`\nBackstory found ${report.terms.length} terms on "${report.article?.title}":`);
for (const term of report.terms) console.log(`  ${term.term} (${term.kind}) ×${term.count}: ${term.summary}`);
console.log(`\nScreenshots written to ${OUT_DIR}:\n  1-underlines.png  2-hover-card.png  3-side-panel.png`);
await browser.close();
await server.close();
