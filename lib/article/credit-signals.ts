import type { FoundDate } from './found-date';
import type { Signal } from './signal';

/** Sources a site fills in on purpose, as opposed to a date read from the text or the address. */
const DECLARED_DATE = /JSON-LD|meta|microdata/;

/** Evidence from the publication date and byline: news is dated, and usually signed. */
export function creditSignals(published: FoundDate | null, byline: string | null): Signal[] {
  const signals: Signal[] = [];
  if (!published) signals.push({ points: -4, reason: 'no publication date' });
  else signals.push({ points: DECLARED_DATE.test(published.from) ? 1 : 0.5, reason: `date from ${published.from}` });
  if (byline) signals.push({ points: 0.5, reason: 'byline' });
  return signals;
}
