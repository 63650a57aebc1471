import type { PageSources } from './page-sources';
import type { FoundDate } from './page-dates';
import type { StoryText } from './find-root';
import { readUrlShape } from './url-shape';
import { firstMeta } from './meta-tags';
import { schemaKind } from './schema-types';

/** One piece of evidence: positive points for a news article, negative against. */
export interface Signal {
  points: number;
  reason: string;
}

/** Evidence from schema.org types and Open Graph: what the page says it is. */
export function declaredSignals(sources: PageSources): Signal[] {
  const signals: Signal[] = [];
  const story = sources.story;
  if (story) {
    const type = story.node.types.find((t) => schemaKind(t) === story.kind) ?? story.kind;
    const points = story.kind === 'news' ? 4 : story.kind === 'article' ? 2 : -4;
    signals.push({ points, reason: `schema ${type}` });
  }
  const pageType = sources.jsonLd.flatMap((n) => n.types).find((t) => schemaKind(t) === 'not-article');
  if (pageType && story?.kind !== 'news') signals.push({ points: -4, reason: `schema ${pageType}` });
  const og = firstMeta(sources.tags, ['og:type'])?.toLowerCase();
  if (og === 'article') signals.push({ points: 1.5, reason: 'og:type article' });
  else if (og && story?.kind !== 'news') signals.push({ points: -2, reason: `og:type ${og}` });
  return signals;
}

/** Evidence from the address and the title's wording. */
export function shapeSignals(sources: PageSources, title: string | null): Signal[] {
  const signals: Signal[] = [];
  const url = readUrlShape(sources.url);
  if (url?.day || url?.hasMonth) signals.push({ points: 1, reason: 'date in address' });
  if (url?.storySlug) signals.push({ points: 1, reason: 'story-like address' });
  if (url?.listing) signals.push({ points: -3, reason: url.listing });
  if (url?.personal) signals.push({ points: -3, reason: url.personal });
  if (title && /^how[\s-]to\b/i.test(title)) signals.push({ points: -3, reason: 'how-to title' });
  return signals;
}

/** Evidence from the dates and byline found. */
export function creditSignals(published: FoundDate | null, byline: string | null): Signal[] {
  const signals: Signal[] = [];
  if (!published) signals.push({ points: -4, reason: 'no publication date' });
  else if (/JSON-LD|meta|microdata/.test(published.from))
    signals.push({ points: 1, reason: `date from ${published.from}` });
  else signals.push({ points: 0.5, reason: `date from ${published.from}` });
  if (byline) signals.push({ points: 0.5, reason: 'byline' });
  return signals;
}

/** Evidence from the story text itself: how much there is and how much of it is links. */
export function textSignals(story: StoryText, linkChars: number): Signal[] {
  const signals: Signal[] = [];
  const { chars } = story;
  if (chars >= 2000) signals.push({ points: 2, reason: `${chars} characters of story text` });
  else if (chars >= 800) signals.push({ points: 1, reason: `${chars} characters of story text` });
  else if (chars < 400) signals.push({ points: -3, reason: `only ${chars} characters of story text` });
  if (chars > 0 && linkChars / chars > 0.4) signals.push({ points: -2, reason: 'mostly links' });
  return signals;
}
