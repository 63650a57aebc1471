import type { Browser } from 'wxt/browser';
import type { GlossaryService } from '../glossary/glossary-service';
import { onMessage, sendMessage } from '../messaging';
import { addTerms, summariseTerms } from '../report/page-report';
import { reportStore } from '../report/report-store';
import { briefingFocusItem, loadSettings } from '../settings';

type Sender = Browser.runtime.MessageSender;

function tabOf(sender: Sender): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('This message must come from a page.');
  return id;
}

async function announce(tabId: number): Promise<void> {
  // Extension pages listen for this; when none is open there is nobody to tell.
  await sendMessage('reportChanged', { tabId }).catch(() => undefined);
}

/** Answers the protocol's requests in the background: page scans, reports and glossary lookups. */
export function registerHandlers(glossary: GlossaryService, openBriefing: (tabId: number) => Promise<void>) {
  onMessage('scanPage', async ({ data, sender }) => {
    const tabId = tabOf(sender);
    const settings = await loadSettings();
    const result = await glossary.matchBlocks(data.blocks, settings.kinds);
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
    await reportStore.set(tabId, {
      url: data.url,
      article: data.article,
      isArticle: data.isArticle,
      status: 'scanned',
      terms,
      scannedAt: new Date().toISOString(),
      wordCount,
    });
    await announce(tabId);
    return result;
  });

  onMessage('reportStatus', async ({ data, sender }) => {
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

  onMessage('openBriefing', async ({ data, sender }) => {
    const tabId = tabOf(sender);
    // Open first: the browser allows it only while the reader's click is fresh.
    const opening = openBriefing(tabId);
    await briefingFocusItem.setValue({ tabId, entryId: data.entryId, at: Date.now() });
    await opening;
  });
  onMessage('getTabReport', ({ data }) => reportStore.get(data.tabId));
  onMessage('searchGlossary', ({ data }) => glossary.search(data.query, data.limit));
  onMessage('getEntry', ({ data }) => glossary.getEntry(data.id));
  onMessage('listPacks', () => glossary.listPacks());
  onMessage('listOwnTerms', () => glossary.ownTerms());
  onMessage('saveOwnTerm', ({ data }) => glossary.saveOwnTerm(data.entry));
  onMessage('deleteOwnTerm', ({ data }) => glossary.deleteOwnTerm(data.id));
  onMessage('importGlossary', ({ data }) => glossary.importFile(data.text));
  onMessage('exportGlossary', () => glossary.exportFile());
  onMessage('getEntries', async ({ data }) => {
    // Checked for shape: a page's report never has more terms than this.
    const ids = Array.isArray(data?.ids) ? data.ids.filter((id) => typeof id === 'string').slice(0, 1000) : [];
    const entries = await Promise.all(ids.map((id) => glossary.getEntry(id)));
    return entries.filter((entry) => entry !== null);
  });
}
