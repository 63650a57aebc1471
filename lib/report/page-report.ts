import type { ArticleMeta } from '../article';
import type { ArticleDefinition } from '../glossary/article-definitions';

export type { ArticleDefinition };
import type { Entry, Kind } from '../glossary/schema';
import type { TimelineEvent, Unresolved } from '../timeline';

/** A term found on a page, as the briefing shows it. */
export interface ReportTerm {
  id: string;
  term: string;
  kind: Kind;
  summary: string;
  count: number;
}

/** What the background knows of one tab's page: kept in storage.session, so a worker restart keeps it. */
export interface PageReport {
  url: string;
  article: ArticleMeta | null;
  isArticle: boolean;
  /** Why nothing is shown, when nothing is: the reader's setting, or a page that is not an article. */
  status: 'scanned' | 'not-article' | 'off-for-site' | 'off';
  terms: ReportTerm[];
  /** Short forms the article defines itself (lib/abbreviations). */
  definitions?: ArticleDefinition[];
  /** One timeline of the story: glossary events, the article's own dates, its publication. */
  timeline?: TimelineEvent[];
  /** Date expressions that could not be given a date, listed apart. */
  unresolved?: Unresolved[];
  scannedAt: string;
  /** Words in the text that was scanned (the article's blocks): the briefing's reading time. */
  wordCount?: number;
}

/** Counts the mentions of each entry, most mentioned first. */
export function summariseTerms(entryIds: string[], entries: ReadonlyMap<string, Entry>): ReportTerm[] {
  const counts = new Map<string, number>();
  for (const id of entryIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const terms: ReportTerm[] = [];
  for (const [id, count] of counts) {
    const entry = entries.get(id);
    if (entry) terms.push({ id, term: entry.term, kind: entry.kind, summary: entry.summary, count });
  }
  return terms.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/** Adds the mentions found in newly added text (infinite scroll) to a report's terms. */
export function addTerms(previous: ReportTerm[], added: ReportTerm[]): ReportTerm[] {
  const byId = new Map(previous.map((term) => [term.id, { ...term }]));
  for (const term of added) {
    const known = byId.get(term.id);
    if (known) known.count += term.count;
    else byId.set(term.id, { ...term });
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}
