import type { ReportState } from './use-tab-report';
import { TermList } from './TermList';

export interface BriefingProps {
  state: ReportState;
  /** The popup shows only the top terms. */
  limit?: number;
}

const STATUS_TEXT = {
  'not-article': 'This page does not look like a news article, so nothing is underlined.',
  'off-for-site': 'Backstory is turned off for this site.',
  off: 'Backstory is turned off.',
} as const;

/** The briefing on the tab's page: what the article is, and who and what it mentions. */
export function Briefing({ state, limit }: BriefingProps) {
  if (state.status === 'loading') return <p class="status">Loading…</p>;
  if (state.status === 'no-tab') return <p class="status">No tab to brief on.</p>;
  if (state.status === 'unreadable')
    return (
      <p class="status">
        Backstory cannot read this page (browser pages, the extension store and PDF viewers are off limits).
      </p>
    );
  const { report } = state;
  const article = report.article;
  return (
    <article class="briefing" aria-live="polite">
      {article?.title && <h1 class="article-title">{article.title}</h1>}
      {(article?.site || article?.published) && (
        <p class="article-meta">
          {[article.site, article.byline, article.published?.slice(0, 10)].filter(Boolean).join(' · ')}
        </p>
      )}
      {report.status !== 'scanned' ? (
        <p class="status">{STATUS_TEXT[report.status]}</p>
      ) : report.terms.length === 0 ? (
        <p class="status">No known terms on this page.</p>
      ) : (
        <section aria-labelledby="bs-who-what">
          <h2 id="bs-who-what">Who &amp; what</h2>
          <TermList terms={report.terms} limit={limit} />
        </section>
      )}
    </article>
  );
}
