import { useState } from 'preact/hooks';
import type { Entry } from '../lib/glossary/schema';
import { briefingFileName, briefingMarkdown } from '../lib/report/briefing-markdown';
import type { PageReport } from '../lib/report/page-report';
import { toTimelineJs } from '../lib/report/timelinejs';
import { downloadFile } from './download-file';

export interface ExportBriefingProps {
  report: PageReport;
  entries: ReadonlyMap<string, Entry>;
  /** Where the text goes on "Copy"; the system clipboard by default. */
  writeClipboard?: (text: string) => Promise<void>;
}

/** "Export": the briefing as Markdown, copied to the clipboard or downloaded as a .md file. */
export function ExportBriefing({ report, entries, writeClipboard }: ExportBriefingProps) {
  const [message, setMessage] = useState('');
  const markdown = () => briefingMarkdown({ report, entries, exportedAt: new Date() });
  const copy = async () => {
    try {
      await (writeClipboard ?? ((text) => navigator.clipboard.writeText(text)))(markdown());
      setMessage('Briefing copied as Markdown.');
    } catch {
      setMessage('The browser did not let Backstory copy. Try “Download .md”.');
    }
  };
  const save = () => {
    downloadFile(briefingFileName(report), markdown(), 'text/markdown;charset=utf-8');
    setMessage('Briefing downloaded.');
  };
  const saveTimeline = () => {
    const json = JSON.stringify(toTimelineJs(report.timeline ?? [], report.article?.title ?? null), null, 2);
    downloadFile(briefingFileName(report).replace(/\.md$/, '.timeline.json'), json);
    setMessage('Timeline downloaded for TimelineJS.');
  };
  return (
    <section class="export" aria-labelledby="bs-export">
      <h2 id="bs-export">Export</h2>
      <div class="button-row">
        <button type="button" class="button" onClick={() => void copy()}>
          Copy as Markdown
        </button>
        <button type="button" class="button" onClick={save}>
          Download .md
        </button>
        {(report.timeline?.length ?? 0) > 0 && (
          <button type="button" class="button" onClick={saveTimeline}>
            Timeline as TimelineJS JSON
          </button>
        )}
      </div>
      <p class="export-message" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
