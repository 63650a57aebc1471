import type { Entry } from '../lib/glossary/schema';
import { formatDate } from '../lib/report/format-date';
import { aliasTexts, sourceName } from './entry-text';

export interface EntryDetailsProps {
  entry: Entry;
}

/** Everything the glossary says of an entry beyond its summary: details, names, events and sources. */
export function EntryDetails({ entry }: EntryDetailsProps) {
  const aliases = aliasTexts(entry);
  const events = [...entry.events].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <div class="entry-details">
      {entry.details && (
        <p class="entry-text" dir="auto">
          {entry.details}
        </p>
      )}
      {aliases.length > 0 && (
        <p class="entry-aliases" dir="auto">
          <span class="label">Also written: </span>
          {aliases.join(' · ')}
        </p>
      )}
      {events.length > 0 && (
        <ul class="entry-events" aria-label={`Events: ${entry.term}`}>
          {events.map((event) => (
            <li key={event.date + event.text} dir="auto">
              <time dateTime={event.date}>{formatDate(event.date) ?? event.date}</time> {event.text}
            </li>
          ))}
        </ul>
      )}
      <div class="entry-sources">
        <span class="label">Sources: </span>
        <ul class="inline-list">
          {entry.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {sourceName(source)}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <p class="entry-checked">Checked {formatDate(entry.asOf) ?? entry.asOf}.</p>
    </div>
  );
}
