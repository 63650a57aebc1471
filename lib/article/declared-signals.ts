import { firstMeta } from './meta-tags';
import type { PageSources } from './page-sources';
import { schemaKind } from './schema-types';
import type { Signal } from './signal';
import { textOf } from './title';

const POINTS_BY_KIND = { news: 4, article: 2, blog: -4, 'not-article': -4, neutral: 0 } as const;

/** Names of the story's JSON-LD authors that are typed as people. */
function personAuthors(sources: PageSources): string[] {
  const authors = sources.story?.node.data['author'];
  const list: unknown[] = Array.isArray(authors) ? authors : [authors];
  const isPerson = (a: unknown): a is Record<string, unknown> =>
    typeof a === 'object' && a !== null && (a as Record<string, unknown>)['@type'] === 'Person';
  return list.filter(isPerson).map((a) => textOf(a['name'])?.toLowerCase() ?? '');
}

/** Evidence from schema.org types and Open Graph: what the page says it is. */
export function declaredSignals(sources: PageSources): Signal[] {
  const signals: Signal[] = [];
  const { story } = sources;
  if (story) {
    const type = story.node.types.find((t) => schemaKind(t) === story.kind) ?? story.kind;
    signals.push({ points: POINTS_BY_KIND[story.kind], reason: `schema ${type}` });
  }
  // A person who is also the publisher runs a personal site: a blog, whatever its schema says.
  const publisher = textOf(story?.node.data['publisher'])?.toLowerCase();
  if (publisher && personAuthors(sources).includes(publisher)) {
    signals.push({ points: -2, reason: 'the author is the publisher' });
  }
  const pageType = sources.jsonLd.flatMap((n) => n.types).find((t) => schemaKind(t) === 'not-article');
  if (pageType && story?.kind !== 'news') signals.push({ points: -4, reason: `schema ${pageType}` });
  const og = firstMeta(sources.tags, ['og:type'])?.toLowerCase();
  if (og === 'article') signals.push({ points: 1.5, reason: 'og:type article' });
  else if (og && story?.kind !== 'news') signals.push({ points: -1, reason: `og:type ${og}` });
  return signals;
}
