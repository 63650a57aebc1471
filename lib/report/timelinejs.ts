import type { TimelineEvent } from '../timeline';

interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
}

function toDate(iso: string): TimelineJsDate {
  const [year, month, day] = iso.split('-');
  return {
    year: year!,
    ...(month ? { month: String(Number(month)) } : {}),
    ...(day ? { day: String(Number(day)) } : {}),
  };
}

/**
 * The timeline in TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html),
 * to open in that tool or any that reads it. Texts are carried as given; TimelineJS renders them.
 */
export function toTimelineJs(events: TimelineEvent[], title: string | null) {
  return {
    title: { text: { headline: title ?? 'Backstory timeline', text: 'Exported from Backstory.' } },
    events: events.map((event) => ({
      start_date: toDate(event.date),
      ...(event.end ? { end_date: toDate(event.end) } : {}),
      text: { headline: event.source === 'article' ? 'In this article' : '', text: event.text },
      group: event.source,
      ...(event.sourceUrl ? { media: { url: event.sourceUrl, caption: 'Source' } } : {}),
    })),
  };
}
