import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../lib/glossary/schema';
import type { RevealResult } from '../lib/messaging';
import type { ReportTerm } from '../lib/report/page-report';
import { EntryDetails } from './EntryDetails';
import { MentionNav } from './MentionNav';

export interface TermItemProps {
  term: ReportTerm;
  /** The full entry, once the glossary has answered. */
  entry?: Entry;
  /** When the reader asked for this term from its card ("Open briefing"): open it and bring it into view. */
  focusedAt?: number;
  /** Jumps the page to a mention; null when the page no longer has one. */
  onReveal(entryId: string, direction: 'first' | 'next' | 'previous'): Promise<RevealResult | null>;
}

/**
 * One term in "Who & what": its name (a button that jumps the page to its first mention), how often
 * the article mentions it, its summary, and a disclosure with the rest of the entry.
 */
export function TermItem({ term, entry, focusedAt, onReveal }: TermItemProps) {
  const [expanded, setExpanded] = useState(focusedAt !== undefined);
  const [position, setPosition] = useState<RevealResult | null>(null);
  const [lost, setLost] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const detailsId = `bs-details-${term.id}`;
  // Quick clicks on "Next" send several requests: only the latest one's answer is shown.
  const latest = useRef(0);

  useEffect(() => {
    if (focusedAt === undefined) return;
    setExpanded(true);
    item.current?.scrollIntoView?.({ block: 'start' });
    toggle.current?.focus({ preventScroll: true });
  }, [focusedAt]);

  const reveal = async (direction: 'first' | 'next' | 'previous') => {
    const request = ++latest.current;
    const result = await onReveal(term.id, direction).catch(() => null);
    if (request !== latest.current) return;
    setPosition(result);
    setLost(result === null);
  };

  return (
    <li class="term" data-entry-id={term.id} data-focused={focusedAt !== undefined || undefined} ref={item}>
      <div class="term-head">
        <button type="button" class="term-name" onClick={() => void reveal('first')}>
          <span dir="auto">{term.term}</span>
          <span class="visually-hidden">: show in the page</span>
        </button>
        <span class="term-count">{term.count === 1 ? '1 mention' : `${term.count} mentions`}</span>
      </div>
      <p class="term-summary" dir="auto">
        {term.summary}
      </p>
      {position && <MentionNav term={term.term} position={position} onStep={(direction) => void reveal(direction)} />}
      {lost && <p class="term-lost">This term is no longer on the page.</p>}
      <button
        type="button"
        class="disclosure"
        aria-expanded={expanded}
        aria-controls={detailsId}
        ref={toggle}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? 'Less' : 'More'}
        <span class="visually-hidden"> about {term.term}</span>
      </button>
      <div id={detailsId} hidden={!expanded}>
        {expanded && (entry ? <EntryDetails entry={entry} /> : <p class="status">Loading…</p>)}
      </div>
    </li>
  );
}
