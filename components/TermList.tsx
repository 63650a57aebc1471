import type { ReportTerm } from '../lib/report/page-report';
import { KIND_LABELS } from './kind-label';

export interface TermListProps {
  terms: ReportTerm[];
  /** Show at most this many (the popup's "top terms"). */
  limit?: number;
}

/** The terms found on a page, most mentioned first, each with its one-line explanation. */
export function TermList({ terms, limit }: TermListProps) {
  const shown = limit ? terms.slice(0, limit) : terms;
  return (
    <ul class="term-list">
      {shown.map((term) => (
        <li key={term.id} class="term" data-entry-id={term.id}>
          <div class="term-head">
            <strong class="term-name">{term.term}</strong>
            <span class="term-kind">{KIND_LABELS[term.kind]}</span>
            <span class="term-count" aria-label={`${term.count} mentions`}>
              ×{term.count}
            </span>
          </div>
          <p class="term-summary">{term.summary}</p>
        </li>
      ))}
    </ul>
  );
}
