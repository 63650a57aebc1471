import type { Entry, Pack } from './schema';
import { validatePack } from './validate-pack';

/** The largest file an import accepts: far above any real pack, low enough to keep the worker responsive. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The pack id under which the reader's own terms are exported and imported. */
export const OWN_TERMS_PACK_ID = 'my-terms';

export type ParsedImport = { ok: true; packs: Pack[] } | { ok: false; errors: string[] };

/**
 * Reads an import file: one pack, or an export bundle `{ "packs": [...] }`. Nothing is applied here;
 * every pack is validated first, and any error rejects the whole file.
 */
export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: ['The file is larger than 20 MB.'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
  const isBundle = !!data && typeof data === 'object' && Array.isArray((data as { packs?: unknown }).packs);
  const candidates: unknown[] = isBundle ? (data as { packs: unknown[] }).packs : [data];
  if (candidates.length === 0) return { ok: false, errors: ['The file holds no pack.'] };
  const packs: Pack[] = [];
  const errors: string[] = [];
  candidates.forEach((candidate, i) => {
    const result = validatePack(candidate);
    const label = isBundle ? `packs[${i}] ` : '';
    if (result.ok) packs.push(result.pack);
    else errors.push(...result.errors.map((error) => `${label}${error}`));
  });
  return errors.length ? { ok: false, errors } : { ok: true, packs };
}

export interface UserGlossary {
  ownTerms: Entry[];
  importedPacks: Pack[];
}

export interface ImportSummary {
  ownTermsAdded: number;
  ownTermsReplaced: number;
  packsImported: string[];
  builtinSkipped: string[];
}

/**
 * Applies validated packs to the reader's glossary, returning a new one. The reader's own terms
 * (pack "my-terms") are merged by id; a built-in pack is skipped (the extension already has it); any
 * other pack is stored as an imported pack, replacing one with the same id.
 */
export function applyImport(current: UserGlossary, packs: Pack[], builtinIds: readonly string[]) {
  const ownTerms = new Map(current.ownTerms.map((entry) => [entry.id, entry]));
  const importedPacks = new Map(current.importedPacks.map((pack) => [pack.id, pack]));
  const summary: ImportSummary = { ownTermsAdded: 0, ownTermsReplaced: 0, packsImported: [], builtinSkipped: [] };
  for (const pack of packs) {
    if (pack.id === OWN_TERMS_PACK_ID) {
      for (const entry of pack.entries) {
        if (ownTerms.has(entry.id)) summary.ownTermsReplaced++;
        else summary.ownTermsAdded++;
        ownTerms.set(entry.id, entry);
      }
    } else if (builtinIds.includes(pack.id)) {
      summary.builtinSkipped.push(pack.id);
    } else {
      importedPacks.set(pack.id, pack);
      summary.packsImported.push(pack.id);
    }
  }
  const glossary: UserGlossary = { ownTerms: [...ownTerms.values()], importedPacks: [...importedPacks.values()] };
  return { glossary, summary };
}

/** Everything as pack JSON: the built-in packs, the imported ones, and the reader's own terms. */
export function exportGlossary(builtin: Pack[], user: UserGlossary): string {
  const own: Pack = {
    id: OWN_TERMS_PACK_ID,
    name: 'My terms',
    version: '1.0.0',
    language: 'en',
    entries: user.ownTerms,
  };
  return JSON.stringify({ format: 'backstory-glossary', packs: [...builtin, ...user.importedPacks, own] }, null, 2);
}
