import type { TimelineItem } from '../lib/report/page-report';
import { formatDate } from '../lib/report/format-date';

export interface TimelineProps {
  items?: TimelineItem[];
}

/**
 * The timeline of the events behind the article. The place is kept for the timeline work, which
 * fills `PageReport.timeline`; without any event it renders nothing.
 */
export function Timeline({ items = [] }: TimelineProps) {
  if (items.length === 0) return null;
  return (
    <section class="timeline" aria-labelledby="bs-timeline">
      <h2 id="bs-timeline">Timeline</h2>
      <ol class="timeline-list">
        {items.map((item) => (
          <li key={item.date + item.text} dir="auto">
            <time dateTime={item.date}>{formatDate(item.date) ?? item.date}</time> {item.text}
            {item.source && (
              <>
                {' '}
                <a href={item.source} target="_blank" rel="noopener noreferrer">
                  Source
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
