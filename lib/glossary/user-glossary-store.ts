import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { importedPacksItem, userTermsItem } from '../settings';
import type { UserGlossary } from './import-glossary';
import { EntrySchema, PackSchema } from './schema';

function validItems<T>(schema: v.GenericSchema<unknown, T>, stored: unknown): T[] {
  const items: T[] = [];
  for (const item of Array.isArray(stored) ? stored : []) {
    const result = v.safeParse(schema, item);
    if (result.success) items.push(result.output);
  }
  return items;
}

/**
 * The reader's terms and imported packs as stored. An item that no longer validates is skipped when
 * reading but never deleted: a later version may read it again.
 */
export async function loadUserGlossary(): Promise<UserGlossary> {
  const [terms, packs] = await Promise.all([userTermsItem.getValue(), importedPacksItem.getValue()]);
  return { ownTerms: validItems(EntrySchema, terms), importedPacks: validItems(PackSchema, packs) };
}

/** Writes both parts in one storage call, so a failure (a full disk, the quota) leaves both as they were. */
export async function saveUserGlossary(glossary: UserGlossary): Promise<void> {
  await storage.setItems([
    { item: importedPacksItem, value: glossary.importedPacks },
    { item: userTermsItem, value: glossary.ownTerms },
  ]);
}
