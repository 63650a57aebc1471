import type { Entry } from '../glossary/schema';
import { sendMessage, type RevealResult } from '../messaging';

/** What the briefing asks of the tab's page: jump to a term's mentions or a quoted sentence, and back. */
export interface PageActions {
  reveal(entryId: string, direction: 'first' | 'next' | 'previous'): Promise<RevealResult | null>;
  /** Scrolls the page to a span of its scanned text: the sentence a timeline event comes from. */
  revealText(start: number, end: number): Promise<boolean>;
  returnToReading(): Promise<boolean>;
  scanAnyway(): Promise<void>;
}

/** The page actions for one tab, sent to its content script. */
export function tabPageActions(tabId: number): PageActions {
  return {
    reveal: (entryId, direction) => sendMessage('revealTerm', { entryId, direction }, tabId),
    revealText: (start, end) => sendMessage('revealText', { start, end }, tabId),
    returnToReading: () => sendMessage('returnToReading', undefined, tabId),
    scanAnyway: () => sendMessage('scanAnyway', undefined, tabId),
  };
}

/** What the briefing asks of the glossary in the background. */
export interface GlossaryLookup {
  search(query: string): Promise<Entry[]>;
  getEntries(ids: string[]): Promise<Entry[]>;
}

/** The glossary lookups, answered by the background. */
export const backgroundGlossary: GlossaryLookup = {
  search: (query) => sendMessage('searchGlossary', { query, limit: 8 }),
  getEntries: (ids) => sendMessage('getEntries', { ids }),
};
