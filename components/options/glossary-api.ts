import type { Outcome, PackInfo } from '../../lib/glossary/glossary-service';
import type { ImportSummary, UserGlossary } from '../../lib/glossary/import-glossary';
import type { Entry } from '../../lib/glossary/schema';
import { loadUserGlossary } from '../../lib/glossary/user-glossary-store';
import { sendMessage } from '../../lib/messaging';

/** What the options page asks of the glossary, which lives in the background. Tests pass a fake. */
export interface GlossaryApi {
  search(query: string): Promise<Entry[]>;
  getEntry(id: string): Promise<Entry | null>;
  listPacks(): Promise<PackInfo[]>;
  listPackEntries(packId: string): Promise<Entry[]>;
  listOwnTerms(): Promise<Entry[]>;
  saveOwnTerm(entry: Entry): Promise<Outcome<{ entry: Entry }>>;
  deleteOwnTerm(id: string): Promise<Outcome<object>>;
  importFile(text: string): Promise<Outcome<{ summary: ImportSummary }>>;
  exportFile(): Promise<string>;
  clear(parts: { ownTerms: boolean; importedPacks: boolean }): Promise<void>;
  /** The reader's own terms and imported packs as stored, to show what an import would replace. */
  userGlossary(): Promise<UserGlossary>;
}

/** The glossary through the extension's message protocol. */
export const messagingGlossaryApi: GlossaryApi = {
  search: (query) => sendMessage('searchGlossary', { query, limit: 30 }),
  getEntry: (id) => sendMessage('getEntry', { id }),
  listPacks: () => sendMessage('listPacks', undefined),
  listPackEntries: (packId) => sendMessage('listPackEntries', { packId }),
  listOwnTerms: () => sendMessage('listOwnTerms', undefined),
  saveOwnTerm: (entry) => sendMessage('saveOwnTerm', { entry }),
  deleteOwnTerm: (id) => sendMessage('deleteOwnTerm', { id }),
  importFile: (text) => sendMessage('importGlossary', { text }),
  exportFile: () => sendMessage('exportGlossary', undefined),
  clear: (parts) => sendMessage('clearUserGlossary', parts),
  userGlossary: loadUserGlossary,
};
