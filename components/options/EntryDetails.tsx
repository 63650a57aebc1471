import { useEffect, useRef, useState } from 'preact/hooks';
import type { Alias, Entry } from '../../lib/glossary/schema';
import { KIND_LABELS } from '../kind-label';
import { ConfirmStep } from './ConfirmStep';

export interface EntryDetailsProps {
  entry: Entry;
  /** One of the reader's own terms: it can be edited and deleted. */
  own: boolean;
  onEdit(): void;
  onDelete(): void;
  onShowRelated(id: string): void;
}

function describeAlias(alias: Alias): string {
  if (typeof alias === 'string') return alias;
  const rules = [
    alias.case === 'exact' && 'exact case',
    alias.case === 'any' && 'any case',
    alias.cues?.length && `only on pages that mention ${alias.cues.join(', ')}`,
  ].filter(Boolean);
  return rules.length ? `${alias.text} (${rules.join('; ')})` : alias.text;
}

/** Everything the glossary holds on one entry, as text. */
export function EntryDetails({ entry, own, onEdit, onDelete, onShowRelated }: EntryDetailsProps) {
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.id]);
  const events = [...entry.events].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <article class="entry-details" aria-labelledby="entry-title" dir="auto">
      <h3 id="entry-title" tabIndex={-1} ref={heading}>
        {entry.term}
        <span class="badge">{KIND_LABELS[entry.kind]}</span>
        {own && <span class="badge">Your term</span>}
      </h3>
      <p>{entry.summary}</p>
      {entry.details && <p>{entry.details}</p>}
      <dl>
        <dt>Spellings underlined</dt>
        <dd>{entry.aliases.length ? entry.aliases.map(describeAlias).join(' · ') : entry.term}</dd>
        {events.length > 0 && <dt>Events</dt>}
        {events.length > 0 && (
          <dd>
            <ul>
              {events.map((event) => (
                <li key={event.date + event.text}>
                  <time dateTime={event.date}>{event.date}</time> {event.text}
                </li>
              ))}
            </ul>
          </dd>
        )}
        <dt>Sources</dt>
        <dd>
          <ul>
            {entry.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title ?? source.url}
                </a>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Facts checked on</dt>
        <dd>
          <time dateTime={entry.asOf}>{entry.asOf}</time>
        </dd>
        {entry.related.length > 0 && <dt>Related</dt>}
        {entry.related.length > 0 && (
          <dd class="row">
            {entry.related.map((id) => (
              <button type="button" key={id} onClick={() => onShowRelated(id)}>
                {id}
              </button>
            ))}
          </dd>
        )}
        <dt>Id</dt>
        <dd>
          <code>{entry.id}</code>
        </dd>
      </dl>
      {own ? (
        <div class="row">
          <button type="button" onClick={onEdit}>
            Edit
          </button>
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        </div>
      ) : (
        <p class="hint">A term from a glossary pack: packs are switched on and off above, not edited here.</p>
      )}
      {confirming && (
        <ConfirmStep
          id="delete-term"
          title={`Delete "${entry.term}"?`}
          confirmLabel="Delete"
          cancelLabel="Keep it"
          onConfirm={onDelete}
          onCancel={() => setConfirming(false)}
        >
          <p>It is removed from your glossary and from the pages you have open. Export first to keep a copy.</p>
        </ConfirmStep>
      )}
    </article>
  );
}
