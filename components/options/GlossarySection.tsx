import { useState } from 'preact/hooks';
import type { Entry } from '../../lib/glossary/schema';
import { freeId, idFromTerm } from '../../lib/glossary/term-draft';
import { EntryDetails } from './EntryDetails';
import type { GlossaryApi } from './glossary-api';
import { GlossaryBrowser } from './GlossaryBrowser';
import { TermForm } from './TermForm';
import type { GlossaryData } from './use-glossary-data';
import './glossary.css';

type Panel = { mode: 'none' } | { mode: 'view'; entry: Entry } | { mode: 'edit'; entry: Entry } | { mode: 'new' };

export interface GlossarySectionProps {
  api: GlossaryApi;
  data: GlossaryData;
  today: string;
}

/** The reader's glossary: browse and search every entry, see one in full, add, edit and delete their own. */
export function GlossarySection({ api, data, today }: GlossarySectionProps) {
  const [panel, setPanel] = useState<Panel>({ mode: 'none' });
  const [status, setStatus] = useState('');
  const ownIds = new Set(data.ownTerms.map((entry) => entry.id));
  // A pack's entry the reader has replaced with their own: editing starts from theirs.
  const ownVersion = (entry: Entry) => data.ownTerms.find((own) => own.id === entry.id) ?? entry;

  const newId = (term: string) =>
    freeId(idFromTerm(term), async (id) => ownIds.has(id) || (await api.getEntry(id)) !== null);

  async function showRelated(id: string) {
    const entry = await api.getEntry(id);
    if (entry) setPanel({ mode: 'view', entry });
    else setStatus(`"${id}" is not in any pack that is switched on.`);
  }

  async function remove(entry: Entry) {
    const outcome = await api.deleteOwnTerm(entry.id);
    setStatus(outcome.ok ? `Deleted "${entry.term}".` : outcome.errors.join(' '));
    setPanel({ mode: 'none' });
    data.refresh();
    document.getElementById('glossary-heading')?.focus();
  }

  function saved(entry: Entry) {
    setStatus(`Saved "${entry.term}".`);
    setPanel({ mode: 'view', entry });
    data.refresh();
  }

  const selectedId = panel.mode === 'view' || panel.mode === 'edit' ? panel.entry.id : null;
  return (
    <section aria-labelledby="glossary-heading">
      <h2 id="glossary-heading" tabIndex={-1}>
        Your glossary
      </h2>
      <p class="hint">
        Every term Backstory knows. Add your own: they are underlined on open pages at once, and a term of yours with
        the same id as a built-in one replaces it.
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={() => setPanel({ mode: 'new' })}>
          Add a term
        </button>
        <p role="status" class="muted">
          {status}
        </p>
      </div>
      <div class="glossary">
        <GlossaryBrowser
          api={api}
          packs={data.packs}
          ownCount={data.ownTerms.length}
          revision={data.revision}
          selectedId={selectedId}
          onSelect={(entry) => setPanel({ mode: 'view', entry })}
        />
        <div class="entry-panel">
          {panel.mode === 'none' && <p class="muted">Choose a term to see it in full.</p>}
          {panel.mode === 'view' && (
            <EntryDetails
              entry={panel.entry}
              own={ownIds.has(panel.entry.id)}
              onEdit={() => setPanel({ mode: 'edit', entry: ownVersion(panel.entry) })}
              onDelete={() => void remove(panel.entry)}
              onShowRelated={(id) => void showRelated(id)}
            />
          )}
          {(panel.mode === 'edit' || panel.mode === 'new') && (
            <TermForm
              key={panel.mode === 'edit' ? panel.entry.id : 'new'}
              base={panel.mode === 'edit' ? panel.entry : undefined}
              today={today}
              newId={newId}
              save={(entry) => api.saveOwnTerm(entry)}
              onSaved={saved}
              onCancel={() => setPanel(panel.mode === 'edit' ? { mode: 'view', entry: panel.entry } : { mode: 'none' })}
            />
          )}
        </div>
      </div>
    </section>
  );
}
