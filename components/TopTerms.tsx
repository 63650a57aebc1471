import type { ReportTerm } from '../lib/report/page-report';
import { KIND_LABELS } from './kind-label';

export interface TopTermsProps {
  terms: ReportTerm[];
  /** How many to show: the popup has room for a few. */
  limit: number;
}

/** The page's most mentioned terms, each with its kind and one-line explanation (the popup's list). */
export function TopTerms({ terms, limit }: TopTermsProps) {
  return (
    <section class="top-terms" aria-labelledby="bs-top-terms">
      <h2 id="bs-top-terms">Most mentioned</h2>
      <ul class="term-list">
        {terms.slice(0, limit).map((term) => (
          <li key={term.id} class="term" data-entry-id={term.id}>
            <div class="term-head">
              <strong class="term-title" dir="auto">
                {term.term}
              </strong>
              <span class="term-kind">{KIND_LABELS[term.kind]}</span>
              <span class="term-count">{term.count === 1 ? '1 mention' : `${term.count} mentions`}</span>
            </div>
            <p class="term-summary" dir="auto">
              {term.summary}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
