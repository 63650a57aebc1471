// Headless Chromium for the bench: launched as the browser tests launch it (same quiet flags), with the
// bench's pages served from 127.0.0.1 and the bench's page code injected into each page.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Glossary } from './glossaries';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../tests/support/find-chromium';
import { QUIET_FLAGS } from '../tests/support/launch-extension';
import { serveStatic, type StaticServer } from '../tests/support/serve-static';

export interface BenchBrowser {
  /** Opens a served page with the bench's code in it and, when given, a glossary loaded. */
  open(file: string, glossary?: Glossary): Promise<Page>;
  /** "Chromium 156.0…" */
  version(): string;
  close(): Promise<void>;
}

/** Starts Chromium and serves `pages` (file name → HTML) from a temporary folder. */
export async function startBrowser(pages: Record<string, string>, inPageScript: string): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  const dir = await mkdtemp(join(tmpdir(), 'backstory-bench-'));
  for (const [file, html] of Object.entries(pages)) await writeFile(join(dir, file), html);
  const server: StaticServer = await serveStatic(dir);
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: QUIET_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return {
    async open(file, glossary) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${file}`);
      await page.addScriptTag({ content: inPageScript });
      if (glossary) {
        // As one JSON string: Playwright's own serialisation of 10,000 entries takes seconds.
        const json = JSON.stringify({ entries: glossary.entries, aliases: glossary.aliases });
        await page.evaluate((data) => {
          const { entries, aliases } = JSON.parse(data);
          return window.backstoryBench.setGlossary(entries, aliases);
        }, json);
      }
      return page;
    },
    version: () => `Chromium ${browser.version()}`,
    async close() {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
