import type { ArticleDefinition } from '../lib/report/page-report';

export interface DefinedInArticleProps {
  definitions?: ArticleDefinition[];
}

/**
 * "Defined in this article": the short forms the article spells out itself. The place is kept for
 * the abbreviations work, which fills `PageReport.definitions`; without any it renders nothing.
 */
export function DefinedInArticle({ definitions = [] }: DefinedInArticleProps) {
  if (definitions.length === 0) return null;
  return (
    <section class="defined" aria-labelledby="bs-defined">
      <h2 id="bs-defined">Defined in this article</h2>
      <dl class="definition-list">
        {definitions.map((item) => (
          <div key={item.short}>
            <dt dir="auto">{item.short}</dt>
            <dd dir="auto">{item.long}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
