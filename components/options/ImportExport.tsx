import { useRef, useState } from 'preact/hooks';
import { parseImport } from '../../lib/glossary/import-glossary';
import { importOverwrites, type ImportOverwrites } from '../../lib/glossary/import-preview';
import { ConfirmStep } from './ConfirmStep';
import { downloadFile } from '../download-file';
import type { GlossaryApi } from './glossary-api';
import { ImportResult, type ImportState } from './ImportResult';

export interface ImportExportProps {
  api: GlossaryApi;
  today: string;
  onChanged(): void;
}

/** Import a glossary file (all or nothing) and export the whole glossary as one. */
export function ImportExport({ api, today, onChanged }: ImportExportProps) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [pending, setPending] = useState<{ text: string; overwrites: ImportOverwrites } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function apply(text: string) {
    setPending(null);
    setState({ status: 'busy' });
    const outcome = await api.importFile(text);
    if (!outcome.ok) return setState({ status: 'failed', errors: outcome.errors, storage: outcome.storage });
    setState({ status: 'done', summary: outcome.summary });
    onChanged();
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    const text = await file.text();
    if (input.current) input.current.value = '';
    const parsed = parseImport(text);
    const overwrites = parsed.ok ? importOverwrites(parsed.packs, await api.userGlossary()) : null;
    if (overwrites && overwrites.ownTerms.length + overwrites.importedPacks.length > 0) {
      setState({ status: 'idle' });
      setPending({ text, overwrites });
    } else {
      await apply(text);
    }
  }

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import and export</h2>
      <div class="field">
        <label for="import-file">Import a glossary file (JSON)</label>
        <p id="import-file-hint" class="hint">
          A pack, or a file exported here. Every entry is checked first: if any is wrong, nothing changes.
        </p>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-describedby="import-file-hint"
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </div>
      {pending && (
        <ConfirmStep
          id="import-confirm"
          title="Replace what you have?"
          confirmLabel="Import and replace"
          cancelLabel="Don't import"
          onConfirm={() => void apply(pending.text)}
          onCancel={() => setPending(null)}
        >
          <OverwriteList overwrites={pending.overwrites} />
        </ConfirmStep>
      )}
      <ImportResult state={state} />
      <button
        type="button"
        onClick={() => void api.exportFile().then((text) => downloadFile(`backstory-glossary-${today}.json`, text))}
      >
        Export everything
      </button>
      <p class="hint">Built-in packs, imported packs and your own terms, in one file you can import again.</p>
    </section>
  );
}

function OverwriteList({ overwrites }: { overwrites: ImportOverwrites }) {
  return (
    <ul>
      {overwrites.ownTerms.map((term) => (
        <li key={`t:${term}`}>Your term "{term}" is replaced by the file's version.</li>
      ))}
      {overwrites.importedPacks.map((name) => (
        <li key={`p:${name}`}>The imported pack "{name}" is replaced by the file's version.</li>
      ))}
    </ul>
  );
}
