import { useMemo, useState } from 'preact/hooks';
import type { GlossaryLookup, PageActions } from '../lib/report/briefing-actions';
import type { PageReport } from '../lib/report/page-report';
import { ArticleHeader } from './ArticleHeader';
import { DefinedInArticle } from './DefinedInArticle';
import { ExportBriefing } from './ExportBriefing';
import { GlossarySearch } from './GlossarySearch';
import { ReturnToReading } from './ReturnToReading';
import { TermGroups } from './TermGroups';
import { Timeline } from './Timeline';
import type { BriefingFocus } from './use-briefing-focus';
import { useEntries } from './use-entries';

export interface BriefingProps {
  report: PageReport;
  page: PageActions;
  glossary: GlossaryLookup;
  focus?: BriefingFocus | null;
}

/**
 * The briefing on a page Backstory has read: the article, a search over the whole glossary, who and
 * what the article mentions, what it defines itself, the timeline, and the export.
 */
export function Briefing({ report, page, glossary, focus }: BriefingProps) {
  const [moved, setMoved] = useState(false);
  // A term chosen in the timeline opens its card in "Who & what", as "Open briefing" on a page card does.
  const [chosen, setChosen] = useState<BriefingFocus | null>(null);
  const shown = chosen && (!focus || chosen.at > focus.at) ? chosen : focus;
  const ids = useMemo(() => report.terms.map((term) => term.id), [report.terms]);
  const entries = useEntries(ids, glossary.getEntries);
  const onPage = useMemo(() => new Set(ids), [ids]);
  const reveal: PageActions['reveal'] = async (entryId, direction) => {
    const result = await page.reveal(entryId, direction);
    if (result) setMoved(true);
    return result;
  };
  const revealText = async (start: number, end: number) => {
    if (await page.revealText(start, end).catch(() => false)) setMoved(true);
  };
  const returnToReading = async () => {
    setMoved(false);
    await page.returnToReading().catch(() => false);
  };
  const scanned = report.status === 'scanned';
  return (
    <>
      <ArticleHeader report={report} />
      <GlossarySearch search={glossary.search} onPage={onPage} />
      {scanned && report.terms.length > 0 && (
        <TermGroups terms={report.terms} entries={entries} focus={shown} onReveal={reveal} />
      )}
      <DefinedInArticle definitions={report.definitions} />
      <Timeline
        items={report.timeline}
        terms={report.terms}
        onTerm={(entryId) => setChosen({ entryId, at: Date.now() })}
        onSentence={(start, end) => void revealText(start, end)}
      />
      {scanned && <ExportBriefing report={report} entries={entries} />}
      {moved && <ReturnToReading onReturn={() => void returnToReading()} />}
    </>
  );
}
