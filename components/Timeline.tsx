import type { ReportTerm } from '../lib/report/page-report';
import { groupTimeline } from '../lib/report/timeline-groups';
import { formatDate } from '../lib/report/format-date';
import type { TimelineEvent } from '../lib/timeline';

export interface TimelineProps {
  items?: TimelineEvent[];
  /** The report's terms, to name the entries an event concerns. */
  terms?: ReportTerm[];
  /** Opens a term's card in the briefing. */
  onTerm?: (entryId: string) => void;
  /** Scrolls the page to the sentence an event comes from (offsets in the scanned text). */
  onSentence?: (start: number, end: number) => void;
}

const ORIGIN = { article: 'this article', glossary: 'glossary', publication: 'this article' } as const;

/**
 * One timeline of the story, vertical, grouped by year and month: the glossary's events for every
 * term found, the dates the article reports, and its publication. Each event names its terms and
 * says where it comes from; dates resolved by convention ("late Sunday") are marked approximate.
 */
export function Timeline({ items = [], terms = [], onTerm, onSentence }: TimelineProps) {
  if (items.length === 0) return null;
  const names = new Map(terms.map((term) => [term.id, term.term]));
  return (
    <section class="timeline" aria-labelledby="bs-timeline">
      <h2 id="bs-timeline">Timeline</h2>
      {groupTimeline(items).map(({ year, groups }) => (
        <section key={year} class="timeline-year" aria-label={year}>
          <h3 class="timeline-year-label">{year}</h3>
          {groups.map((group) => (
            <div key={group.key} class="timeline-group">
              {group.label !== year && <h4 class="timeline-month">{group.label}</h4>}
              <ol class="timeline-list">
                {group.events.map((event) => (
                  <li key={`${event.date}|${event.text}`} class={`timeline-event from-${event.source}`} dir="auto">
                    <time dateTime={event.date}>
                      {formatDate(event.date) ?? event.date}
                      {event.end ? ` – ${formatDate(event.end) ?? event.end}` : ''}
                    </time>
                    {event.uncertain && <span class="timeline-uncertain"> (approximate)</span>} {event.text}
                    <span class="timeline-meta">
                      {' '}
                      {event.entryIds
                        .filter((id) => names.has(id))
                        .map((id) => (
                          <button
                            key={id}
                            type="button"
                            class="timeline-term"
                            data-term={id}
                            title="Open its card in the briefing"
                            onClick={() => onTerm?.(id)}
                          >
                            {names.get(id)}
                          </button>
                        ))}{' '}
                      {event.sourceUrl ? (
                        <a href={event.sourceUrl} target="_blank" rel="noopener noreferrer">
                          Source
                        </a>
                      ) : event.sentenceStart !== undefined && event.sentenceEnd !== undefined && onSentence ? (
                        <button
                          type="button"
                          class="timeline-origin timeline-sentence"
                          title="Show this sentence in the page"
                          onClick={() => onSentence(event.sentenceStart!, event.sentenceEnd!)}
                        >
                          this article
                        </button>
                      ) : (
                        <span class="timeline-origin">({ORIGIN[event.source]})</span>
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
