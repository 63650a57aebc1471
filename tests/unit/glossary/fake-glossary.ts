import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILTIN_PACKS } from '../../../lib/glossary/builtin-packs';
import { createGlossaryService } from '../../../lib/glossary/glossary-service';
import type { UserGlossary } from '../../../lib/glossary/import-glossary';
import type { Entry, Pack } from '../../../lib/glossary/schema';

export const PUBLIC_DIR = resolve(import.meta.dirname, '../../../public');

export function readBuiltinPackFiles(): Array<{ file: string; json: unknown }> {
  return BUILTIN_PACKS.map(({ file }) => ({ file, json: JSON.parse(readFileSync(resolve(PUBLIC_DIR, file), 'utf8')) }));
}

export function entry(id: string, fields: Partial<Entry> = {}): Entry {
  return {
    id,
    term: id.toUpperCase(),
    aliases: [id.toUpperCase()],
    kind: 'group',
    summary: `About ${id}.`,
    sources: [{ url: `https://example.org/${id}` }],
    asOf: '2026-11-28',
    events: [],
    related: [],
    ...fields,
  };
}

export function pack(id: string, entries: Entry[]): Pack {
  return { id, name: id, version: '1.0.0', language: 'en', entries };
}

/** A glossary service over in-memory packs and storage, with a log of what it saved. */
export function fakeGlossary(builtin: Pack[], user: UserGlossary = { ownTerms: [], importedPacks: [] }) {
  const saved: UserGlossary[] = [];
  let stored = user;
  const service = createGlossaryService({
    loadBuiltinPacks: async () => builtin,
    loadUserGlossary: async () => stored,
    loadDisabledPacks: async () => [],
    saveUserGlossary: async (next) => {
      saved.push(next);
      stored = next;
    },
  });
  return { service, saved, stored: () => stored };
}
