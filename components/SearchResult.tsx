import { useState } from 'preact/hooks';
import type { Entry } from '../lib/glossary/schema';
import { EntryDetails } from './EntryDetails';
import { KIND_LABELS } from './kind-label';

export interface SearchResultProps {
  entry: Entry;
  /** Whether the page mentions it (then "Who & what" lists it too). */
  onPage: boolean;
  /** Open at first: the best match is shown in full straight away. */
  open?: boolean;
}

/** A glossary entry found by search: name, kind and summary, and the whole entry a click away. */
export function SearchResult({ entry, onPage, open = false }: SearchResultProps) {
  const [expanded, setExpanded] = useState(open);
  const detailsId = `bs-result-${entry.id}`;
  return (
    <li class="search-result" data-entry-id={entry.id}>
      <h3 class="result-name" dir="auto">
        {entry.term}
      </h3>
      <p class="result-kind">
        {KIND_LABELS[entry.kind]}
        {onPage && ' · on this page'}
      </p>
      <p class="term-summary" dir="auto">
        {entry.summary}
      </p>
      <button
        type="button"
        class="disclosure"
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? 'Less' : 'More'}
        <span class="visually-hidden"> about {entry.term}</span>
      </button>
      <div id={detailsId} hidden={!expanded}>
        {expanded && <EntryDetails entry={entry} />}
      </div>
    </li>
  );
}
