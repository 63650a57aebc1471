import type { Entry, Pack } from './schema';

/**
 * One glossary from the built-in packs that are on and the reader's own terms. The reader's term
 * wins over a built-in entry with the same id; among packs, the first listed wins.
 */
export function mergeGlossary(
  packs: Pack[],
  userTerms: Entry[],
  disabledPacks: readonly string[] = [],
): Map<string, Entry> {
  const merged = new Map<string, Entry>();
  for (const pack of packs) {
    if (disabledPacks.includes(pack.id)) continue;
    for (const entry of pack.entries) if (!merged.has(entry.id)) merged.set(entry.id, entry);
  }
  for (const entry of userTerms) merged.set(entry.id, entry);
  return merged;
}
