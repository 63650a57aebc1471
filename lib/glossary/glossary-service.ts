import Fuse from 'fuse.js';
import type { BlockMatch } from '../highlight/marks';
import { applyCues, buildMatchIndex, matchText, type MatchIndex, type TextMatch } from '../match';
import { readArticleDefinitions, type ArticleDefinition } from './article-definitions';
import * as v from 'valibot';
import {
  applyImport,
  exportGlossary,
  OWN_TERMS_PACK_ID,
  parseImport,
  type ImportSummary,
  type UserGlossary,
} from './import-glossary';
import { mergeGlossary } from './merge-glossary';
import { EntrySchema, type Entry, type Kind, type Pack } from './schema';
import { describeIssue } from './validate-pack';

export interface GlossarySources {
  loadBuiltinPacks(): Promise<Pack[]>;
  loadUserGlossary(): Promise<UserGlossary>;
  loadDisabledPacks(): Promise<readonly string[]>;
  saveUserGlossary(glossary: UserGlossary): Promise<void>;
}

/** A failed change: what was wrong, and whether it was the input or the browser's storage that refused it. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; errors: string[]; storage?: true };

/** The browser would not store the change (usually its quota for the extension is full); nothing changed. */
function storageRefused(error: unknown): { ok: false; errors: string[]; storage: true } {
  const reason = error instanceof Error ? error.message : String(error);
  const full = /quota|full|space/i.test(reason);
  return {
    ok: false,
    storage: true,
    errors: [
      full
        ? "The browser's storage for Backstory is full, so nothing was changed. Delete an imported pack or some of your terms to make room."
        : `The browser could not save the change (${reason}), so nothing was changed.`,
    ],
  };
}

/** A pack as the options page lists it. */
export interface PackInfo {
  id: string;
  name: string;
  version: string;
  entries: number;
  builtin: boolean;
}

interface Built {
  /** The packs switched off when it was built, as a key: a scan that sees other ones rebuilds it. */
  disabledKey: string;
  builtin: Pack[];
  user: UserGlossary;
  entries: Map<string, Entry>;
  index: MatchIndex;
  fuse: Fuse<Entry> | null;
}

/** What a scan asks of the glossary, from the reader's settings as the scan read them. */
export interface MatchFilter {
  kinds?: readonly Kind[];
  /**
   * The packs switched off. The content script and the background both hear of a change in storage,
   * in no set order: a scan that saw the new list must not be answered from an index built on the old.
   */
  disabledPacks?: readonly string[];
}

const packsKey = (ids: readonly string[]) => [...ids].sort().join('\n');

export interface PageMatches {
  matches: BlockMatch[];
  entries: Entry[];
  /** Short forms the article defines itself; see readArticleDefinitions. */
  definitions: ArticleDefinition[];
}

interface Found extends TextMatch {
  block: number;
}

/** Matches of the article's own short forms replace glossary matches of the same words, or add to them. */
function preferDefinitions(glossary: Found[], defined: Found[]): Found[] {
  if (!defined.length) return glossary;
  const overlaps = (a: Found, b: Found) => a.block === b.block && a.start < b.end && b.start < a.end;
  const kept = glossary.filter((match) => !defined.some((own) => overlaps(own, match)));
  return [...kept, ...defined].sort((a, b) => a.block - b.block || a.start - b.start);
}

/**
 * The glossary as the background holds it: built-in packs plus the reader's terms, compiled into a
 * matching index. The index is a cache: built on first use after the worker wakes, rebuilt after
 * `invalidate()`. Requests that arrive while it builds wait for it instead of being dropped.
 */
export function createGlossaryService(sources: GlossarySources) {
  let building: Promise<Built> | null = null;

  async function build(): Promise<Built> {
    const [builtin, user, disabled] = await Promise.all([
      sources.loadBuiltinPacks(),
      sources.loadUserGlossary(),
      sources.loadDisabledPacks(),
    ]);
    const entries = mergeGlossary([...builtin, ...user.importedPacks], user.ownTerms, disabled);
    return {
      disabledKey: packsKey(disabled),
      builtin,
      user,
      entries,
      index: buildMatchIndex(entries.values()),
      fuse: null,
    };
  }

  function ready(): Promise<Built> {
    building ??= build().catch((error: unknown) => {
      building = null;
      throw error;
    });
    return building;
  }

  return {
    ready: async () => {
      await ready();
    },
    invalidate() {
      building = null;
    },

    /**
     * Finds the glossary's terms in a page's blocks of text, keeping only the kinds asked for. The
     * article's own definitions are read first and win over the glossary on this page.
     */
    async matchBlocks(blocks: string[], filter: MatchFilter = {}, pageUrl = ''): Promise<PageMatches> {
      let built = await ready();
      if (filter.disabledPacks && packsKey(filter.disabledPacks) !== built.disabledKey) {
        building = null;
        built = await ready();
      }
      const { kinds } = filter;
      const { index, entries } = built;
      const text = blocks.join('\n');
      const own = readArticleDefinitions(text, index, pageUrl);
      // The page's own entries over the glossary's, without copying a 10,000-entry map per scan.
      const pageEntries = new Map(own.pageEntries.map((entry) => [entry.id, entry]));
      const entryOf = (id: string) => (pageEntries.get(id) ?? entries.get(id))!;
      const words = new Set<string>();
      const inBlocks = (source: MatchIndex, seen?: Set<string>) => {
        const found: Found[] = [];
        blocks.forEach((block, i) => {
          for (const match of matchText(source, block, seen)) found.push(Object.assign(match, { block: i }));
        });
        return found;
      };
      // Most pages define nothing: no second pass over their words for an empty index.
      const defined = own.definitions.length ? inBlocks(own.shortForms) : [];
      const found = preferDefinitions(applyCues(inBlocks(index, words), text, words), defined);
      const kept = found.filter((match) => !kinds || kinds.includes(entryOf(match.entryId).kind));
      const hit = new Set(kept.map((match) => match.entryId));
      return {
        matches: kept.map((match): BlockMatch => [match.block, match.start, match.end, match.entryId]),
        entries: [...hit].map(entryOf),
        definitions: own.definitions,
      };
    },

    async getEntry(id: string): Promise<Entry | null> {
      return (await ready()).entries.get(id) ?? null;
    },

    /** Fuzzy search over every entry's name, aliases and summary ("Torkam" finds Torkham). */
    async search(query: string, limit = 20): Promise<Entry[]> {
      const built = await ready();
      built.fuse ??= new Fuse([...built.entries.values()], {
        keys: [
          { name: 'term', weight: 3 },
          {
            name: 'aliasTexts',
            weight: 2,
            getFn: (entry) => entry.aliases.map((a) => (typeof a === 'string' ? a : a.text)),
          },
          { name: 'summary', weight: 0.5 },
        ],
        threshold: 0.35,
        ignoreLocation: true,
      });
      return built.fuse.search(query.trim(), { limit }).map((result) => result.item);
    },

    async listPacks(): Promise<PackInfo[]> {
      const { builtin, user } = await ready();
      const info = (pack: Pack, isBuiltin: boolean): PackInfo => ({
        id: pack.id,
        name: pack.name,
        version: pack.version,
        entries: pack.entries.length,
        builtin: isBuiltin,
      });
      return [...builtin.map((pack) => info(pack, true)), ...user.importedPacks.map((pack) => info(pack, false))];
    },

    /**
     * Every entry of one pack as that pack has it (the reader's own terms are the pack "my-terms"), by
     * name, whether the pack is switched on or not. An unknown pack has none.
     */
    async listPackEntries(packId: string): Promise<Entry[]> {
      const { builtin, user } = await ready();
      const entries =
        packId === OWN_TERMS_PACK_ID
          ? user.ownTerms
          : ([...builtin, ...user.importedPacks].find((pack) => pack.id === packId)?.entries ?? []);
      return [...entries].sort((a, b) => a.term.localeCompare(b.term));
    },

    async ownTerms(): Promise<Entry[]> {
      return (await ready()).user.ownTerms;
    },

    /** Adds or replaces one of the reader's own terms, after validating it. */
    async saveOwnTerm(input: unknown): Promise<Outcome<{ entry: Entry }>> {
      const result = v.safeParse(EntrySchema, input);
      if (!result.success) return { ok: false, errors: result.issues.map(describeIssue) };
      const { user } = await ready();
      const ownTerms = [...user.ownTerms.filter((entry) => entry.id !== result.output.id), result.output];
      return (await commit({ ...user, ownTerms })) ?? { ok: true, entry: result.output };
    },

    async deleteOwnTerm(id: string): Promise<Outcome<object>> {
      const { user } = await ready();
      if (!user.ownTerms.some((entry) => entry.id === id)) return { ok: false, errors: [`No own term "${id}".`] };
      return (await commit({ ...user, ownTerms: user.ownTerms.filter((entry) => entry.id !== id) })) ?? { ok: true };
    },

    /** Validates a whole file first; applies it only if every pack in it is valid. */
    async importFile(text: string): Promise<Outcome<{ summary: ImportSummary }>> {
      const parsed = parseImport(text);
      if (!parsed.ok) return parsed;
      const { builtin, user } = await ready();
      const { glossary, summary } = applyImport(
        user,
        parsed.packs,
        builtin.map((pack) => pack.id),
      );
      return (await commit(glossary)) ?? { ok: true, summary };
    },

    /** Deletes the reader's own terms, their imported packs, or both. */
    async clearUserGlossary(parts: { ownTerms: boolean; importedPacks: boolean }): Promise<void> {
      const { user } = await ready();
      const refused = await commit({
        ownTerms: parts.ownTerms ? [] : user.ownTerms,
        importedPacks: parts.importedPacks ? [] : user.importedPacks,
      });
      if (refused) throw new Error(refused.errors[0]);
    },

    async exportFile(): Promise<string> {
      const { builtin, user } = await ready();
      return exportGlossary(builtin, user);
    },
  };

  /**
   * Stores the reader's glossary, then rebuilds the index from it. Storage writes both parts in one
   * call, so a refusal leaves what was stored, and the index built from it, exactly as they were.
   */
  async function commit(glossary: UserGlossary): Promise<ReturnType<typeof storageRefused> | null> {
    // Requests from now on wait for the save: a page that hears of the change (storage.onChanged) and
    // rescans at once must get the new index, never the old one.
    const before = building;
    const saving = sources.saveUserGlossary(glossary).then(
      () => null,
      (error: unknown) => storageRefused(error),
    );
    const next = saving.then((refused) => (refused && before ? before : build()));
    building = next;
    next.catch(() => {
      if (building === next) building = null;
    });
    return saving;
  }
}

export type GlossaryService = ReturnType<typeof createGlossaryService>;
