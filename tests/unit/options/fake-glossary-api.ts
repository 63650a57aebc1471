import type { GlossaryApi } from '../../../components/options/glossary-api';
import type { UserGlossary } from '../../../lib/glossary/import-glossary';
import type { Pack } from '../../../lib/glossary/schema';
import { fakeGlossary } from '../glossary/fake-glossary';

/** The options page's view of the glossary, over the real glossary service with in-memory storage. */
export function fakeGlossaryApi(builtin: Pack[], user?: UserGlossary) {
  const { service, stored } = fakeGlossary(builtin, user);
  const api: GlossaryApi = {
    search: (query) => service.search(query),
    getEntry: (id) => service.getEntry(id),
    listPacks: () => service.listPacks(),
    listPackEntries: (packId) => service.listPackEntries(packId),
    listOwnTerms: () => service.ownTerms(),
    saveOwnTerm: (entry) => service.saveOwnTerm(entry),
    deleteOwnTerm: (id) => service.deleteOwnTerm(id),
    importFile: (text) => service.importFile(text),
    exportFile: () => service.exportFile(),
    clear: (parts) => service.clearUserGlossary(parts),
    userGlossary: async () => stored(),
  };
  return { api, stored };
}
