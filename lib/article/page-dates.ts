import { declaredModified, declaredPublished, fromJsonLd } from './declared-dates';
import type { DateContext, FoundDate } from './found-date';
import type { PageSources } from './page-sources';
import { titleDate } from './title';
import { readUrlShape } from './url-shape';
import { fromElements, writtenDate } from './written-dates';

const DAY_MS = 86_400_000;
/** UTC hours at which the local day may still be the day before (zones down to UTC-9)... */
const EARLY_UTC_HOURS = 9;
/** ...or already the day after (zones up to UTC+10). */
const LATE_UTC_HOURS = 14;

/**
 * A UTC timestamp does not say which day it was where the story was published ("2020-12-05T23:15Z"
 * is 6 December in Rome). When the page shows the neighbouring day a time zone could make of it, in
 * its address or by its headline, that local day is the publication day.
 */
function localDay(found: FoundDate, sources: PageSources, context: DateContext): FoundDate {
  const utc = /T(\d\d):\d\d(:\d\d)?(\.\d+)?(Z|\+00:00)$/.exec(found.value);
  if (!utc) return found;
  const hour = Number(utc[1]);
  if (hour >= EARLY_UTC_HOURS && hour < LATE_UTC_HOURS) return found;
  const shown = readUrlShape(sources.url)?.day ?? writtenDate(sources.doc, context)?.value;
  if (!shown) return found;
  const shift = (Date.parse(shown) - Date.parse(found.value.slice(0, 10))) / DAY_MS;
  const plausible = hour < EARLY_UTC_HOURS ? shift === -1 : shift === 1;
  return plausible ? { value: shown, from: `${found.from} (UTC), day as the page shows it` } : found;
}

/**
 * When the story was first published, from the most trustworthy source the page offers: JSON-LD,
 * meta tags, microdata, `<time>`, a date in the title, a date written by the headline or opening
 * the story, and last the day in the address.
 */
export function findPublished(sources: PageSources, context: DateContext): FoundDate | null {
  const { doc } = sources;
  const { monthFirst } = context;
  const declared =
    declaredPublished(sources, monthFirst) ??
    fromElements(doc, '[itemprop~="datePublished"]', 'microdata datePublished', monthFirst) ??
    fromElements(doc, 'time[datetime]', '<time datetime>', monthFirst) ??
    fromJsonLd(sources, 'dateCreated');
  if (declared) return localDay(declared, sources, context);
  const inTitle = titleDate(sources);
  if (inTitle) return { value: inTitle, from: 'title' };
  const fromUrl = readUrlShape(sources.url)?.day;
  return writtenDate(doc, context) ?? (fromUrl ? { value: fromUrl, from: 'address' } : null);
}

/** When the story was last updated, from JSON-LD, meta tags or microdata. */
export function findModified(sources: PageSources, monthFirst: boolean): FoundDate | null {
  return (
    declaredModified(sources, monthFirst) ??
    fromElements(sources.doc, '[itemprop~="dateModified"]', 'microdata dateModified', monthFirst)
  );
}
