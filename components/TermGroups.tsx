import type { Entry } from '../lib/glossary/schema';
import type { RevealResult } from '../lib/messaging';
import { groupTermsByKind } from '../lib/report/group-terms';
import type { ReportTerm } from '../lib/report/page-report';
import { KIND_GROUP_LABELS } from './kind-label';
import { TermItem } from './TermItem';
import type { BriefingFocus } from './use-briefing-focus';

export interface TermGroupsProps {
  terms: ReportTerm[];
  entries: ReadonlyMap<string, Entry>;
  focus?: BriefingFocus | null;
  onReveal(entryId: string, direction: 'first' | 'next' | 'previous'): Promise<RevealResult | null>;
}

/** "Who & what": the page's terms grouped by kind, the most mentioned first. */
export function TermGroups({ terms, entries, focus, onReveal }: TermGroupsProps) {
  return (
    <section class="who-what" aria-labelledby="bs-who-what">
      <h2 id="bs-who-what">Who &amp; what</h2>
      {groupTermsByKind(terms).map((group) => (
        <section key={group.kind} class="term-group" aria-labelledby={`bs-kind-${group.kind}`}>
          <h3 id={`bs-kind-${group.kind}`}>
            {KIND_GROUP_LABELS[group.kind]} <span class="group-count">({group.terms.length})</span>
          </h3>
          <ul class="term-list">
            {group.terms.map((term) => (
              <TermItem
                key={term.id}
                term={term}
                entry={entries.get(term.id)}
                focusedAt={term.id === focus?.entryId ? focus.at : undefined}
                onReveal={onReveal}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
