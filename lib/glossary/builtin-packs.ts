import type { Pack } from './schema';
import { validatePack } from './validate-pack';

/** The built-in packs, files in public/glossary/, in priority order. */
export const BUILTIN_PACKS = [
  { id: 'south-asia-security', file: 'glossary/south-asia-security.json' },
  { id: 'world-news', file: 'glossary/world-news.json' },
] as const;

/**
 * Loads and validates the built-in packs with a reader of files (fetch in the extension, the file
 * system in Node). A pack that fails validation is reported and left out; the others still load.
 */
export async function loadBuiltinPacks(readFile: (path: string) => Promise<string>): Promise<Pack[]> {
  const packs: Pack[] = [];
  for (const { file } of BUILTIN_PACKS) {
    const result = validatePack(JSON.parse(await readFile(file)));
    if (result.ok) packs.push(result.pack);
    else console.error(`Backstory: built-in pack ${file} is invalid:`, result.errors.slice(0, 5));
  }
  return packs;
}
