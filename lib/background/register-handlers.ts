import type { Browser } from 'wxt/browser';
import { pageOnlyEntry } from '../glossary/article-definitions';
import type { GlossaryService } from '../glossary/glossary-service';
import type { BackgroundRequest } from '../protocol-schemas';
import { listen } from './listen';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import { addTerms, summariseTerms } from '../report/page-report';
import { pageTimeline } from '../report/page-timeline';
import { reportStore } from '../report/report-store';
import { briefingFocusItem, loadSettings } from '../settings';

type Sender = Browser.runtime.MessageSender;

function tabOf(sender: Sender): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('This message must come from a page.');
  return id;
}

/** Guards what only the extension's own pages may ask (deleting the reader's terms), never a content script. */
async function announce(tabId: number): Promise<void> {
  // Extension pages listen for this; when none is open there is nobody to tell.
  await sendMessage('reportChanged', { tabId }).catch(() => undefined);
}

/** Answers the protocol's requests in the background: page scans, reports and glossary lookups. */
export function registerHandlers(
  glossary: GlossaryService,
  openBriefing: (tabId: number) => Promise<void>,
  runtime: { id: string; getURL(path: string): string } = browser.runtime,
) {
  const on = <K extends BackgroundRequest>(type: K, handler: Parameters<typeof listen<K>>[1]) =>
    listen(type, handler, runtime);

  on('scanPage', async (data, sender) => {
    const tabId = tabOf(sender);
    const settings = await loadSettings();
    const result = await glossary.matchBlocks(
      data.blocks,
      { kinds: settings.kinds, disabledPacks: settings.disabledPacks },
      data.url,
    );
    const entries = new Map(result.entries.map((entry) => [entry.id, entry]));
    let terms = summariseTerms(
      result.matches.map((match) => match[3]),
      entries,
    );
    const previous = data.append ? await reportStore.get(tabId) : null;
    let wordCount = data.wordCount;
    if (previous?.url === data.url) {
      terms = addTerms(previous.terms, terms);
      wordCount = (previous.wordCount ?? 0) + (data.wordCount ?? 0);
    }
    // Text added later (infinite scroll) keeps the story's first reading of dates and definitions.
    const intelligence =
      previous?.url === data.url
        ? { timeline: previous.timeline, unresolved: previous.unresolved, definitions: previous.definitions }
        : {
            ...pageTimeline(data.blocks, result.matches, result.entries, data.article),
            definitions: result.definitions,
          };
    await reportStore.set(tabId, {
      url: data.url,
      article: data.article,
      isArticle: data.isArticle,
      status: 'scanned',
      terms,
      ...intelligence,
      scannedAt: new Date().toISOString(),
      wordCount,
    });
    await announce(tabId);
    return result;
  });

  on('reportStatus', async (data, sender) => {
    const tabId = tabOf(sender);
    await reportStore.set(tabId, {
      url: data.url,
      article: data.article,
      isArticle: data.status !== 'not-article' && data.article !== null,
      status: data.status,
      terms: [],
      scannedAt: new Date().toISOString(),
    });
    await announce(tabId);
  });

  on('openBriefing', async (data, sender) => {
    const tabId = tabOf(sender);
    // Open first: the browser allows it only while the reader's click is fresh.
    const opening = openBriefing(tabId);
    await briefingFocusItem.setValue({ tabId, entryId: data.entryId, at: Date.now() });
    await opening;
  });
  // "Save to my glossary" on a card: the article's own definition becomes one of the reader's terms.
  on('saveDefinition', (data) => {
    const id = `my-${data.short
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
    return glossary.saveOwnTerm(pageOnlyEntry(data, id, data.url));
  });
  on('getTabReport', (data) => reportStore.get(data.tabId));
  on('searchGlossary', (data) => glossary.search(data.query, data.limit));
  on('getEntry', (data) => glossary.getEntry(data.id));
  on('listPacks', () => glossary.listPacks());
  on('listOwnTerms', () => glossary.ownTerms());
  on('saveOwnTerm', (data) => glossary.saveOwnTerm(data.entry));
  on('deleteOwnTerm', (data) => glossary.deleteOwnTerm(data.id));
  on('importGlossary', (data) => glossary.importFile(data.text));
  on('exportGlossary', () => glossary.exportFile());
  on('listPackEntries', (data) => glossary.listPackEntries(data.packId));
  on('clearUserGlossary', (data) => glossary.clearUserGlossary(data));
  on('getEntries', async (data) => {
    const entries = await Promise.all(data.ids.map((id) => glossary.getEntry(id)));
    return entries.filter((entry) => entry !== null);
  });
}
