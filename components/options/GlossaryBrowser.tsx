import { useEffect, useState } from 'preact/hooks';
import type { PackInfo } from '../../lib/glossary/glossary-service';
import { OWN_TERMS_PACK_ID } from '../../lib/glossary/import-glossary';
import type { Entry } from '../../lib/glossary/schema';
import { KIND_LABELS } from '../kind-label';
import type { GlossaryApi } from './glossary-api';

/** How many entries a list shows before "Show all": a pack of 400 stays quick to tab through. */
const PAGE = 100;

export interface GlossaryBrowserProps {
  api: GlossaryApi;
  packs: PackInfo[] | null;
  /** Bumped when the glossary changes, to reload the list. */
  /** How many terms of their own the reader has. */
  ownCount: number;
  revision: number;
  selectedId: string | null;
  onSelect(entry: Entry): void;
}

/** Every entry, pack by pack, and a fuzzy search over the whole glossary. */
export function GlossaryBrowser({ api, packs, ownCount, revision, selectedId, onSelect }: GlossaryBrowserProps) {
  const [query, setQuery] = useState('');
  const [packId, setPackId] = useState<string | null>(null);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [showAll, setShowAll] = useState(false);
  const searching = query.trim() !== '';
  // Until the reader picks a pack: their own terms when they have some, else the first pack.
  const browsing = packId ?? (ownCount > 0 || !packs?.[0] ? OWN_TERMS_PACK_ID : packs[0].id);

  useEffect(() => {
    let current = true;
    const load = () =>
      (searching ? api.search(query) : api.listPackEntries(browsing)).then((found) => {
        if (current) setEntries(found);
      });
    const timer = setTimeout(() => void load(), searching ? 150 : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query, browsing, revision, searching]);
  useEffect(() => setShowAll(false), [query, browsing]);

  const shown = entries && (showAll ? entries : entries.slice(0, PAGE));
  const count = entries === null ? 'Loading…' : `${entries.length} ${entries.length === 1 ? 'term' : 'terms'}`;
  return (
    <div class="glossary-browser">
      <div class="field">
        <label for="glossary-search">Search every term</label>
        <input id="glossary-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="glossary-pack">Or browse</label>
        <select
          id="glossary-pack"
          value={browsing}
          disabled={searching}
          onChange={(e) => setPackId(e.currentTarget.value)}
        >
          <option value={OWN_TERMS_PACK_ID}>Your terms</option>
          {packs?.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pack.name}
            </option>
          ))}
        </select>
      </div>
      <p role="status" class="hint" id="glossary-count">
        {searching ? `Search: ${count}` : count}
      </p>
      {entries?.length === 0 && !searching && browsing === OWN_TERMS_PACK_ID && (
        <p class="muted">No terms of your own yet: "Add a term" above, or import a file.</p>
      )}
      <ul class="entry-list" aria-labelledby="glossary-count" hidden={!entries?.length}>
        {shown?.map((entry) => (
          <li key={entry.id}>
            <button type="button" aria-current={entry.id === selectedId} onClick={() => onSelect(entry)}>
              {entry.term}
              <span class="entry-kind">{KIND_LABELS[entry.kind]}</span>
            </button>
          </li>
        ))}
      </ul>
      {entries && shown && shown.length < entries.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {entries.length}
        </button>
      )}
    </div>
  );
}
