import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  chromiumForTests,
  highlightedTexts,
  hoverText,
  startSuite,
  waitForHighlights,
  type Suite,
} from '../support/browser-suite';
import { clearStoredData, highlightCounts, openOptions, storedData } from '../support/options-page';

const chromium = chromiumForTests();
const POLL = { timeout: 5000, interval: 50 };

const ownTerm = {
  id: 'regional-connectivity',
  term: 'Regional connectivity',
  aliases: ['regional connectivity'],
  kind: 'concept',
  summary: 'Road, rail and trade links between neighbouring countries.',
  sources: [{ url: 'https://example.org/connectivity' }],
  asOf: '2026-11-28',
  events: [],
  related: [],
};
const pack = (id: string, entries: unknown[]) => ({
  id,
  name: `Pack ${id}`,
  version: '1.0.0',
  language: 'en',
  entries,
});
const file = (name: string, data: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(data)),
});

describe.skipIf(!chromium)("the reader's glossary in the options page", () => {
  let suite: Suite;
  let article: Page;
  let options: Page;

  beforeAll(async () => {
    suite = await startSuite(chromium!);
  });
  afterAll(() => suite?.close());
  beforeEach(async () => {
    await clearStoredData(suite.browser);
    article = await suite.browser.context.newPage();
    await article.goto(`${suite.server.origin}/sample-article.html`);
    await waitForHighlights(article);
    options = await openOptions(suite.browser);
  });
  afterEach(async () => {
    await options?.close();
    await article?.close();
  });

  const texts = () => highlightedTexts(article);
  const importInput = () => options.getByLabel('Import a glossary file (JSON)');

  test('a term added here is underlined on the open page without a reload; deleted, it goes', async () => {
    expect(await texts()).not.toContain('regional connectivity');
    await options.getByRole('button', { name: 'Add a term' }).click();
    await options.getByLabel(/^Name/).fill('Regional connectivity');
    await options.getByLabel(/^Spellings/).fill('regional connectivity');
    await options.getByLabel(/^Summary/).fill(ownTerm.summary);
    await options.getByLabel(/^Source address/).fill('https://example.org/connectivity');
    await options.getByLabel(/^Events/).fill('2023-02-22 Discussed in Kabul.');
    await options.getByRole('button', { name: 'Add term' }).click();
    await options.getByText('Saved "Regional connectivity".').waitFor();
    await expect.poll(texts, POLL).toContain('regional connectivity');

    await article.bringToFront();
    await hoverText(article, 'regional connectivity');
    const card = article.locator('bs-card [role="dialog"]');
    await card.waitFor({ state: 'visible', timeout: 5000 });
    await expect(card.textContent()).resolves.toContain(ownTerm.summary);

    await options.bringToFront();
    await options.getByRole('button', { name: 'Delete…' }).click();
    await options.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(texts, POLL).not.toContain('regional connectivity');
  });

  test('the form names each bad field beside it and saves nothing', async () => {
    await options.getByRole('button', { name: 'Add a term' }).click();
    await options.getByLabel(/^Name/).fill('Something');
    await options.getByLabel(/^Source address/).fill('javascript:alert(1)');
    await options.getByRole('button', { name: 'Add term' }).click();
    await expect(options.locator('#term-summary-error').textContent()).resolves.toBe('Must not be empty');
    await expect(options.locator('#term-source-url-error').textContent()).resolves.toBe('Must be an http or https URL');
    await expect(options.evaluate(() => document.activeElement?.id)).resolves.toBe('term-summary');
    expect((await storedData(suite.browser)).local.userTerms).toBeUndefined();
  });

  test('a bad file is refused with errors naming entry and field, and nothing changes', async () => {
    await importInput().setInputFiles(file('mine.json', pack('my-terms', [ownTerm])));
    await options.getByText(/1 of your terms added/).waitFor();
    const stored = await storedData(suite.browser);
    const packsBefore = await options.getByRole('group', { name: 'Glossary packs' }).textContent();

    const bad = pack('bad-pack', [
      { ...ownTerm, id: 'broken', summary: '' },
      { ...ownTerm, id: 'wrong-kind', kind: 'weapon' },
    ]);
    await importInput().setInputFiles(file('bad.json', bad));
    const errors = options.getByTestId('import-errors');
    await errors.waitFor();
    await expect(errors.textContent()).resolves.toContain('Nothing was imported: the file has 2 problems.');
    await expect(errors.textContent()).resolves.toContain('entry "broken" (entries[0]).summary: must not be empty');
    await expect(errors.textContent()).resolves.toContain('entry "wrong-kind" (entries[1]).kind: must be one of');
    expect(await storedData(suite.browser)).toEqual(stored);
    await expect(options.getByRole('group', { name: 'Glossary packs' }).textContent()).resolves.toBe(packsBefore);
  });

  test('an imported pack is underlined at once, and can be switched off', async () => {
    const soup = { ...ownTerm, id: 'alphabet-soup', term: 'Alphabet soup', aliases: ['alphabet soup'] };
    await importInput().setInputFiles(file('soup.json', pack('idioms', [soup])));
    await options.getByText('Imported: packs imported: idioms.').waitFor();
    await expect.poll(texts, POLL).toContain('alphabet soup');
    await options.getByLabel(/^Pack idioms/).uncheck();
    await expect.poll(texts, POLL).not.toContain('alphabet soup');
  });

  test('export then import gives back the same glossary, after a reset that deleted it', async () => {
    await importInput().setInputFiles(file('mine.json', pack('my-terms', [ownTerm])));
    await options.getByText(/1 of your terms added/).waitFor();
    await importInput().setInputFiles(file('extra.json', pack('extra', [{ ...ownTerm, id: 'extra-term' }])));
    await options.getByText(/packs imported: extra/).waitFor();
    const before = (await storedData(suite.browser)).local;
    const underlined = await highlightCounts(article);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^backstory-glossary-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = await readFile((await download.path())!);

    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByLabel('Also delete 1 term of your own').check();
    await options.getByLabel(/^Also delete 1 imported pack/).check();
    await options.getByRole('button', { name: 'Reset', exact: true }).click();
    await options.getByText(/your own terms and the imported packs deleted/).waitFor();
    expect((await storedData(suite.browser)).local).toEqual({ userTerms: [], importedPacks: [] });
    await expect.poll(texts, POLL).not.toContain('regional connectivity');

    await importInput().setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: exported });
    await options.getByText(/1 of your terms added; packs imported: extra; built-in packs left as they are/).waitFor();
    expect((await storedData(suite.browser)).local).toEqual(before);
    await expect.poll(() => highlightCounts(article), POLL).toEqual(underlined);
  });

  test('a full local storage refuses a new term with a clear message and keeps the glossary whole', async () => {
    const fillTerm = async (name: string, summary: string) => {
      await options.getByRole('button', { name: 'Add a term' }).click();
      await options.getByLabel(/^Name/).fill(name);
      await options.getByLabel(/^Spellings/).fill(name.toLowerCase());
      await options.getByLabel(/^Summary/).fill(summary);
      await options.getByLabel(/^Source address/).fill('https://example.org/source');
      await options.getByRole('button', { name: 'Add term' }).click();
    };
    await fillTerm('Regional connectivity', ownTerm.summary);
    await options.getByText('Saved "Regional connectivity".').waitFor();
    await expect.poll(texts, POLL).toContain('regional connectivity');
    // Fill storage.local to within a few bytes of its quota, as years of imported packs might.
    const filled = await suite.browser.worker.evaluate(async () => {
      const quota = chrome.storage.local.QUOTA_BYTES;
      const used = await chrome.storage.local.getBytesInUse(null);
      await chrome.storage.local.set({ filler: 'x'.repeat(quota - used - 64) });
      return chrome.storage.local.getBytesInUse(null).then((bytes) => quota - bytes);
    });
    expect(filled).toBeLessThan(100);

    await options.reload();
    await fillTerm('Durand Line talks', 'Talks about the border.');
    await expect(options.getByRole('alert').filter({ hasText: 'Not saved' }).textContent()).resolves.toMatch(
      /storage for Backstory is full, so nothing was changed/,
    );
    // The reader's term is still stored, whole, and still underlined; the refused one is nowhere.
    const stored = (await storedData(suite.browser)).local.userTerms as Array<{ id: string; summary: string }>;
    expect(stored).toEqual([expect.objectContaining({ summary: ownTerm.summary })]);
    await article.reload();
    await waitForHighlights(article);
    expect(await texts()).toContain('regional connectivity');

    // Room made, the same form saves.
    await suite.browser.worker.evaluate(() => chrome.storage.local.remove('filler'));
    await options.getByRole('button', { name: 'Add term' }).click();
    await options.getByText('Saved "Durand Line talks".').waitFor();
  });
});
