import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../lib/glossary/schema';
import { SearchResult } from './SearchResult';

/** Wait this long after the last keystroke before searching: one search per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 150;

export interface GlossarySearchProps {
  search(query: string): Promise<Entry[]>;
  /** Ids of the entries the page mentions. */
  onPage: ReadonlySet<string>;
}

/** A fuzzy search over the whole glossary ("Torkam" finds Torkham), each hit shown in full. */
export function GlossarySearch({ search, onPage }: GlossarySearchProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ query: string; entries: Entry[] } | null>(null);
  const latest = useRef('');

  useEffect(() => {
    latest.current = query.trim();
    if (!latest.current) return setResults(null);
    const timer = setTimeout(async () => {
      const asked = latest.current;
      const entries = await search(asked).catch(() => []);
      if (asked === latest.current) setResults({ query: asked, entries });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, search]);

  return (
    <section class="glossary-search" aria-labelledby="bs-search">
      <h2 id="bs-search">Search the glossary</h2>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="bs-search-input">Any name or acronym, on this page or not</label>
        <input
          id="bs-search-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </form>
      <p class="search-count" aria-live="polite">
        {results &&
          (results.entries.length === 0
            ? `Nothing in the glossary matches “${results.query}”.`
            : `${results.entries.length} ${results.entries.length === 1 ? 'entry matches' : 'entries match'} “${results.query}”.`)}
      </p>
      {results && results.entries.length > 0 && (
        <ul class="search-results">
          {results.entries.map((entry, index) => (
            <SearchResult
              key={`${results.query} ${entry.id}`}
              entry={entry}
              onPage={onPage.has(entry.id)}
              open={index === 0}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
