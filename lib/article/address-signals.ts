import type { PageSources } from './page-sources';
import type { Signal } from './signal';
import { readUrlShape } from './url-shape';

/** Evidence from the page's address. */
export function addressSignals(sources: PageSources): Signal[] {
  const signals: Signal[] = [];
  const url = readUrlShape(sources.url);
  if (url?.day || url?.hasMonth) signals.push({ points: 1, reason: 'date in address' });
  if (url?.storySlug) signals.push({ points: 1, reason: 'headline in address' });
  if (url?.storyId) signals.push({ points: 1, reason: 'story number in address' });
  if (url?.news) signals.push({ points: 0.5, reason: 'news in address' });
  if (url?.listing) signals.push({ points: -3, reason: url.listing });
  if (url?.personal) signals.push({ points: -3, reason: url.personal });
  return signals;
}
