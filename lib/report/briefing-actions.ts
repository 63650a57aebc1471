import type { Entry } from '../glossary/schema';
import { sendMessage, type RevealResult } from '../messaging';

/** What the briefing asks of the tab's page: jump between a term's mentions, and back. */
export interface PageActions {
  reveal(entryId: string, direction: 'first' | 'next' | 'previous'): Promise<RevealResult | null>;
  returnToReading(): Promise<boolean>;
  scanAnyway(): Promise<void>;
}

/** The page actions for one tab, sent to its content script. */
export function tabPageActions(tabId: number): PageActions {
  return {
    reveal: (entryId, direction) => sendMessage('revealTerm', { entryId, direction }, tabId),
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
