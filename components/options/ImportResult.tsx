import type { ImportSummary } from '../../lib/glossary/import-glossary';

export type ImportState =
  | { status: 'idle' | 'busy' }
  | { status: 'failed'; errors: string[]; storage?: boolean }
  | { status: 'done'; summary: ImportSummary };

/** Errors shown at most: a broken file can have thousands, and the first ones say what is wrong. */
const MAX_ERRORS = 50;

function describeSummary(summary: ImportSummary): string {
  const parts = [
    summary.ownTermsAdded && `${summary.ownTermsAdded} of your terms added`,
    summary.ownTermsReplaced && `${summary.ownTermsReplaced} of your terms replaced`,
    summary.packsImported.length && `packs imported: ${summary.packsImported.join(', ')}`,
    summary.builtinSkipped.length && `built-in packs left as they are: ${summary.builtinSkipped.join(', ')}`,
  ].filter(Boolean);
  return parts.length ? `Imported: ${parts.join('; ')}.` : 'The file held nothing new.';
}

/** What the last import did, or every reason it did nothing. */
export function ImportResult({ state }: { state: ImportState }) {
  const message =
    state.status === 'busy' ? 'Importing…' : state.status === 'done' ? describeSummary(state.summary) : '';
  return (
    <>
      <p role="status">{message}</p>
      {state.status === 'failed' && (
        <div class="error" role="alert" data-testid="import-errors">
          <p>
            {state.storage
              ? 'Nothing was imported: the file is fine, but the browser refused to store it.'
              : `Nothing was imported: the file has ${state.errors.length} ${state.errors.length === 1 ? 'problem' : 'problems'}.`}
          </p>
          <ul>
            {state.errors.slice(0, MAX_ERRORS).map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ul>
          {state.errors.length > MAX_ERRORS && <p>…and {state.errors.length - MAX_ERRORS} more.</p>}
        </div>
      )}
    </>
  );
}
