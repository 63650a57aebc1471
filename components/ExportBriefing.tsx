import { useState } from 'preact/hooks';
import type { Entry } from '../lib/glossary/schema';
import { briefingFileName, briefingMarkdown } from '../lib/report/briefing-markdown';
import type { PageReport } from '../lib/report/page-report';

export interface ExportBriefingProps {
  report: PageReport;
  entries: ReadonlyMap<string, Entry>;
  /** Where the text goes on "Copy"; the system clipboard by default. */
  writeClipboard?: (text: string) => Promise<void>;
}

/** Saves a file in the page's own way: a link to a blob, clicked. Needs no "downloads" permission. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
    download(briefingFileName(report), markdown());
    setMessage('Briefing downloaded.');
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
      </div>
      <p class="export-message" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
