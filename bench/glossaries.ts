// The glossaries the bench matches with: the built-in packs as shipped, a 300-entry slice of them, and
// 10,000 entries made of the real ones plus deterministic synthetic names and acronyms.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadBuiltinPacks } from '../lib/glossary/builtin-packs';
import { mergeGlossary } from '../lib/glossary/merge-glossary';
import type { Entry } from '../lib/glossary/schema';
import { seededRandom, type Random } from './random';

const PUBLIC_DIR = resolve(import.meta.dirname, '../public');

export interface Glossary {
  name: string;
  entries: Entry[];
  /** Every alias as written: the terms mark.js and the Aho-Corasick library are given. */
  aliases: string[];
}

const SYLLABLES = ['ka', 'vor', 'del', 'min', 'tes', 'var', 'lo', 'qui', 'zan', 'bre', 'mot', 'sul', 'hen', 'dra'];
const ENDINGS = ['i', 'an', 'ek', 'or', 'ul', 'ia', 'es', 'ov'];
const INSTITUTIONS = ['Front', 'Council', 'Movement', 'Brigade', 'Party', 'Authority', 'Alliance', 'Corps'];

function name(random: Random): string {
  let word = '';
  for (let i = random.int(1, 2); i > 0; i--) word += random.pick(SYLLABLES);
  word += random.pick(ENDINGS);
  return word[0]!.toUpperCase() + word.slice(1);
}

/** One made-up entry: a two- or three-word name, often with its acronym, sometimes a short form. */
function syntheticEntry(index: number, random: Random, taken: Set<string>): Entry {
  const words = [name(random), name(random)];
  if (random.chance(0.5)) words.push(random.pick(INSTITUTIONS));
  const term = words.join(' ');
  const aliases = [term];
  const acronym = words.map((word) => word[0]).join('') + (random.chance(0.5) ? random.pick(['F', 'M', 'P']) : '');
  if (random.chance(0.6) && !taken.has(acronym)) aliases.push(acronym);
  if (random.chance(0.3)) aliases.push(`${words[0]} ${words[1]}`);
  for (const alias of aliases) taken.add(alias);
  return {
    id: `synthetic-${index}`,
    term,
    aliases: [...new Set(aliases)],
    kind: random.pick(['group', 'person', 'place', 'institution'] as const),
    summary: `A made-up ${words.length}-word name for the benchmark.`,
    sources: [{ url: `https://example.org/synthetic/${index}` }],
    asOf: '2026-01-01',
    events: [],
    related: [],
  };
}

export function aliasTexts(entries: Entry[]): string[] {
  const texts = entries.flatMap((entry) =>
    (entry.aliases.length ? entry.aliases : [entry.term]).map((alias) =>
      typeof alias === 'string' ? alias : alias.text,
    ),
  );
  return [...new Set(texts)];
}

function glossary(name: string, entries: Entry[]): Glossary {
  return { name, entries, aliases: aliasTexts(entries) };
}

/** The built-in packs merged as the background merges them. */
export async function builtinEntries(): Promise<Entry[]> {
  const packs = await loadBuiltinPacks((file) => readFile(resolve(PUBLIC_DIR, file), 'utf8'));
  return [...mergeGlossary(packs, []).values()];
}

/** The real entries topped up to `size` with synthetic ones. */
export function grownGlossary(real: Entry[], size: number, seed = 10_000): Entry[] {
  const random = seededRandom(seed);
  const taken = new Set(aliasTexts(real));
  const synthetic: Entry[] = [];
  for (let i = 0; real.length + synthetic.length < size; i++) synthetic.push(syntheticEntry(i, random, taken));
  return [...real, ...synthetic];
}

/** The three glossaries of the bench: full built-in, 300 entries, 10,000 entries. */
export async function benchGlossaries(): Promise<{ full: Glossary; small: Glossary; large: Glossary }> {
  const real = await builtinEntries();
  return {
    full: glossary(`built-in (${real.length} entries)`, real),
    small: glossary('300 entries', real.slice(0, 300)),
    large: glossary('10,000 entries', grownGlossary(real, 10_000)),
  };
}

/** A plain name a news text writes as is: no brackets, slashes or ampersands. */
const PLAIN = /^[\p{L}\p{N} '’.-]+$/u;

/**
 * The aliases the generated page mentions: the real entries' plain aliases, with one synthetic alias
 * after every four real ones, so a fifth of the mentions are names only the 10,000-entry glossary knows.
 */
export function mentionPool(real: Glossary, large: Glossary): string[] {
  const known = new Set(real.aliases);
  const realAliases = real.aliases.filter((alias) => PLAIN.test(alias));
  const synthetic = large.aliases.filter((alias) => !known.has(alias));
  return realAliases.flatMap((alias, i) => (i % 4 === 3 ? [alias, synthetic[i]!] : [alias]));
}
