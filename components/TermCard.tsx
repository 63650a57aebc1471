import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../lib/glossary/schema';
import { KIND_LABELS } from './kind-label';

export interface TermCardProps {
  entry: Entry;
  onOpenBriefing?: () => void;
  onClose?: () => void;
  /** Take keyboard focus when shown (the card was opened from the keyboard). */
  autoFocus?: boolean;
  /** How this article itself defines the term, when it does. */
  definedInArticle?: { short: string; long: string } | null;
  /** Keeps the article's definition as one of the reader's own terms (shown for terms the glossary lacks). */
  onSaveDefinition?: () => Promise<string>;
}

function aliasTexts(entry: Entry): string[] {
  const names = entry.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text));
  return [...new Set(names)].filter((name) => name !== entry.term).slice(0, 6);
}

/** The three most recent dated events, newest first. */
function latestEvents(entry: Entry) {
  return [...entry.events].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 3);
}

/** The hover card: what a term is, in a few lines, with its source. Everything renders as text. */
export function TermCard({
  entry,
  onOpenBriefing,
  onClose,
  autoFocus,
  definedInArticle,
  onSaveDefinition,
}: TermCardProps) {
  const [saved, setSaved] = useState<string | null>(null);
  const headingId = `bs-card-title-${entry.id}`;
  const self = useRef<HTMLElement>(null);
  useEffect(() => {
    if (autoFocus) self.current?.focus({ preventScroll: true });
  }, [autoFocus, entry.id]);
  const aliases = aliasTexts(entry);
  const events = latestEvents(entry);
  const source = entry.sources[0]!;
  return (
    <section
      ref={self}
      class="card"
      role="dialog"
      aria-labelledby={headingId}
      aria-describedby={`${headingId}-summary`}
      tabIndex={-1}
      dir="auto"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose?.();
      }}
    >
      <div class="card-head">
        <h2 id={headingId} class="card-title">
          {entry.term}
        </h2>
        <span class="card-kind">{KIND_LABELS[entry.kind]}</span>
        {onClose && (
          <button type="button" class="card-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <p class="card-summary" id={`${headingId}-summary`}>
        {entry.summary}
      </p>
      {definedInArticle && (
        <p class="card-defined">
          <span class="card-label">Defined in this article: </span>
          {definedInArticle.short} = {definedInArticle.long}
          {onSaveDefinition && (
            <>
              {' '}
              <button
                type="button"
                class="card-save"
                disabled={saved !== null}
                onClick={() => void onSaveDefinition().then(setSaved)}
              >
                {saved ?? 'Save to my glossary'}
              </button>
            </>
          )}
        </p>
      )}
      {aliases.length > 0 && (
        <p class="card-aliases">
          <span class="card-label">Also: </span>
          {aliases.join(' · ')}
        </p>
      )}
      {events.length > 0 && (
        <ul class="card-events" aria-label="Latest events">
          {events.map((event) => (
            <li key={event.date + event.text}>
              <time dateTime={event.date}>{event.date}</time> {event.text}
            </li>
          ))}
        </ul>
      )}
      <div class="card-foot">
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          Source: {source.title ?? new URL(source.url).hostname}
        </a>
        {onOpenBriefing && (
          <button type="button" class="card-briefing" onClick={onOpenBriefing}>
            Open briefing
          </button>
        )}
      </div>
    </section>
  );
}
