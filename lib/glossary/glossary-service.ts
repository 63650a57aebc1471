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

export type Outcome<T> = ({ ok: true } & T) | { ok: false; errors: string[] };

/** A pack as the options page lists it. */
export interface PackInfo {
  id: string;
  name: string;
  version: string;
  entries: number;
  builtin: boolean;
}

interface Built {
  builtin: Pack[];
  user: UserGlossary;
  entries: Map<string, Entry>;
  index: MatchIndex;
  fuse: Fuse<Entry> | null;
}

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
    return { builtin, user, entries, index: buildMatchIndex(entries.values()), fuse: null };
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

    /** Finds the glossary's terms in a page's blocks of text, keeping only the kinds asked for. */
    /**
     * Finds the glossary's terms in a page's blocks of text, keeping only the kinds asked for. The
     * article's own definitions are read first and win over the glossary on this page.
     */
    async matchBlocks(blocks: string[], kinds?: readonly Kind[], pageUrl = ''): Promise<PageMatches> {
      const { index, entries } = await ready();
      const text = blocks.join('\n');
      const own = readArticleDefinitions(text, index, pageUrl);
      const all = new Map([...entries, ...own.pageEntries.map((entry): [string, Entry] => [entry.id, entry])]);
      const inBlocks = (source: MatchIndex) =>
        blocks.flatMap((block, i) => matchText(source, block).map((match): Found => ({ ...match, block: i })));
      const found = preferDefinitions(applyCues(inBlocks(index), text), inBlocks(own.shortForms));
      const kept = found.filter((match) => !kinds || kinds.includes(all.get(match.entryId)!.kind));
      const hit = new Set(kept.map((match) => match.entryId));
      return {
        matches: kept.map((match): BlockMatch => [match.block, match.start, match.end, match.entryId]),
        entries: [...hit].map((id) => all.get(id)!),
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
      await commit({ ...user, ownTerms });
      return { ok: true, entry: result.output };
    },

    async deleteOwnTerm(id: string): Promise<Outcome<object>> {
      const { user } = await ready();
      if (!user.ownTerms.some((entry) => entry.id === id)) return { ok: false, errors: [`No own term "${id}".`] };
      await commit({ ...user, ownTerms: user.ownTerms.filter((entry) => entry.id !== id) });
      return { ok: true };
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
      await commit(glossary);
      return { ok: true, summary };
    },

    /** Deletes the reader's own terms, their imported packs, or both. */
    async clearUserGlossary(parts: { ownTerms: boolean; importedPacks: boolean }): Promise<void> {
      const { user } = await ready();
      await commit({
        ownTerms: parts.ownTerms ? [] : user.ownTerms,
        importedPacks: parts.importedPacks ? [] : user.importedPacks,
      });
    },

    async exportFile(): Promise<string> {
      const { builtin, user } = await ready();
      return exportGlossary(builtin, user);
    },
  };

  async function commit(glossary: UserGlossary): Promise<void> {
    await sources.saveUserGlossary(glossary);
    building = null;
  }
}

export type GlossaryService = ReturnType<typeof createGlossaryService>;
