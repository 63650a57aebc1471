import type { ArticleMeta } from '../article';
import type { Entry, Kind } from '../glossary/schema';

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
  scannedAt: string;
  /** Words in the text that was scanned (the article's blocks): the briefing's reading time. */
  wordCount?: number;
  /** Acronyms the article defines itself. Filled by the abbreviations work; absent until then. */
  definitions?: ArticleDefinition[];
  /** Dated events behind the article, oldest first. Filled by the timeline work; absent until then. */
  timeline?: TimelineItem[];
}

/** A short form the article spells out itself: "Tehreek-e-Taliban Pakistan (TTP)". */
export interface ArticleDefinition {
  short: string;
  long: string;
}

/** One dated event in the briefing's timeline, from the glossary or from the article itself. */
export interface TimelineItem {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  text: string;
  /** The entry the event belongs to, when it comes from the glossary. */
  entryId?: string;
  source?: string;
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
