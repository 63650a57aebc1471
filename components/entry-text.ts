import type { Entry } from '../lib/glossary/schema';

/** Every other name an entry goes by, as written, without its display name and without repeats. */
export function aliasTexts(entry: Entry): string[] {
  const names = entry.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text));
  return [...new Set(names)].filter((name) => name !== entry.term);
}

/** A source's name: its title, else the site it is on. */
export function sourceName(source: { url: string; title?: string }): string {
  if (source.title) return source.title;
  try {
    return new URL(source.url).hostname;
  } catch {
    return source.url;
  }
}
