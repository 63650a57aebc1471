import { findDefinitions } from '../abbreviations';
import { buildMatchIndex, matchText, type MatchIndex } from '../match';
import type { Entry } from './schema';

/** A short form the article defines itself, and the entry it stands for on this page. */
export interface ArticleDefinition {
  short: string;
  long: string;
  /** A glossary entry when the definition names one ("Tehreek-e-Taliban Pakistan (TTP)"), else a page-only entry. */
  entryId: string;
  /** True when the article's meaning is not in the glossary: the page-only entry wins on this page. */
  pageOnly: boolean;
}

/** Ids of entries the article defines and the glossary lacks. */
export const PAGE_ENTRY_PREFIX = 'page-';

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'term'
  );
}

/** The glossary entry a long form names, when the whole of it is one of that entry's names. */
function glossaryEntryFor(index: MatchIndex, long: string): string | null {
  const [match, ...more] = matchText(index, long);
  return match && !more.length && match.start === 0 && match.end === long.length ? match.entryId : null;
}

/** A card for a term only this article explains. Its text is the article's own, shown as text. */
export function pageOnlyEntry(definition: { short: string; long: string }, id: string, pageUrl: string): Entry {
  const url = /^https?:\/\//.test(pageUrl) ? pageUrl : 'https://invalid.invalid/';
  return {
    id,
    term: `${definition.long} (${definition.short})`,
    aliases: [definition.short, definition.long],
    kind: 'concept',
    summary: `This article defines ${definition.short} as “${definition.long}”.`,
    sources: [{ url, title: 'This article' }],
    asOf: new Date().toISOString().slice(0, 10),
    events: [],
    related: [],
  };
}

/**
 * The definitions an article gives itself, resolved against the glossary: a definition that names a
 * glossary entry confirms it; one the glossary does not know becomes a page-only entry that wins over
 * any glossary meaning of the same short form on this page (an article defining TTP as thrombotic
 * thrombocytopenic purpura is not about the Pakistani Taliban).
 */
export function readArticleDefinitions(text: string, index: MatchIndex, pageUrl: string) {
  const definitions: ArticleDefinition[] = [];
  const pageEntries: Entry[] = [];
  const seen = new Set<string>();
  for (const found of findDefinitions(text)) {
    if (seen.has(found.short)) continue;
    seen.add(found.short);
    const known = glossaryEntryFor(index, found.long);
    const entryId = known ?? `${PAGE_ENTRY_PREFIX}${slug(found.short)}`;
    // Page text is full of no-break spaces; the card shows the words with plain ones.
    const long = found.long.replace(/\s+/gu, ' ');
    definitions.push({ short: found.short, long, entryId, pageOnly: !known });
    if (!known) pageEntries.push(pageOnlyEntry({ short: found.short, long }, entryId, pageUrl));
  }
  const shortForms = buildMatchIndex(
    definitions.map((definition) => ({
      ...pageOnlyEntry(definition, definition.entryId, pageUrl),
      aliases: definition.pageOnly ? [definition.short, definition.long] : [definition.short],
    })),
  );
  return { definitions, pageEntries, shortForms };
}
