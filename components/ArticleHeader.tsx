import type { PageReport } from '../lib/report/page-report';
import { formatDate } from '../lib/report/format-date';
import { readingMinutes } from '../lib/report/reading-time';

export interface ArticleHeaderProps {
  report: PageReport;
}

/** The article the briefing is about: its headline, and who published it, when, and how long it is. */
export function ArticleHeader({ report }: ArticleHeaderProps) {
  const article = report.article;
  const published = formatDate(article?.published);
  const minutes = readingMinutes(report.wordCount ?? 0);
  return (
    <header class="article-header">
      <h1 class="article-title" dir="auto">
        {article?.title ?? 'This page'}
      </h1>
      <p class="article-meta">
        {article?.site && (
          <span class="article-site" dir="auto">
            {article.site}
          </span>
        )}
        {article?.byline && (
          <span class="article-byline" dir="auto">
            By {article.byline}
          </span>
        )}
        {published && (
          <time class="article-date" dateTime={article!.published!}>
            {published}
          </time>
        )}
        {minutes && (
          <span class="article-reading">
            {minutes} min read ({report.wordCount} words)
          </span>
        )}
      </p>
    </header>
  );
}
