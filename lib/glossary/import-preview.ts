import { OWN_TERMS_PACK_ID, type UserGlossary } from './import-glossary';
import type { Pack } from './schema';

/** What importing some packs would overwrite: the reader's own terms and imported packs, by name. */
export interface ImportOverwrites {
  ownTerms: string[];
  importedPacks: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Which of the reader's own terms and imported packs an import would replace with something
 * different (the same content again, as in export then import, replaces nothing). The options page
 * asks before it lets these go.
 */
export function importOverwrites(packs: Pack[], current: UserGlossary): ImportOverwrites {
  const ownTerms = new Map(current.ownTerms.map((entry) => [entry.id, entry]));
  const importedPacks = new Map(current.importedPacks.map((pack) => [pack.id, pack]));
  const result: ImportOverwrites = { ownTerms: [], importedPacks: [] };
  for (const pack of packs) {
    if (pack.id === OWN_TERMS_PACK_ID) {
      for (const entry of pack.entries) {
        const mine = ownTerms.get(entry.id);
        if (mine && !same(mine, entry)) result.ownTerms.push(mine.term);
      }
    } else {
      const existing = importedPacks.get(pack.id);
      if (existing && !same(existing, pack)) result.importedPacks.push(existing.name);
    }
  }
  return result;
}
