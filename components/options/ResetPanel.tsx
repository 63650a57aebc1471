import { useState } from 'preact/hooks';
import type { Entry } from '../../lib/glossary/schema';
import type { PackInfo } from '../../lib/glossary/glossary-service';
import { Checkbox } from './Checkbox';
import { ConfirmStep } from './ConfirmStep';

export interface ResetPanelProps {
  ownTerms: Entry[];
  packs: PackInfo[] | null;
  /** Puts every setting back to its default; false when that could not be saved. */
  resetSettings(): Promise<boolean>;
  clearGlossary(parts: { ownTerms: boolean; importedPacks: boolean }): Promise<void>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Reset to defaults, after a confirmation that says what goes. Settings only, unless the reader also
 * ticks their own terms or imported packs: nothing they made is lost by default.
 */
export function ResetPanel({ ownTerms, packs, resetSettings, clearGlossary }: ResetPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const [alsoTerms, setAlsoTerms] = useState(false);
  const [alsoPacks, setAlsoPacks] = useState(false);
  const [status, setStatus] = useState('');
  const imported = packs?.filter((pack) => !pack.builtin) ?? [];

  async function reset() {
    setConfirming(false);
    if (!(await resetSettings())) return;
    if (alsoTerms || alsoPacks) await clearGlossary({ ownTerms: alsoTerms, importedPacks: alsoPacks });
    const deleted = [alsoTerms && 'your own terms', alsoPacks && 'the imported packs'].filter(Boolean);
    setStatus(`Settings are back to their defaults${deleted.length ? `; ${deleted.join(' and ')} deleted` : ''}.`);
    setAlsoTerms(false);
    setAlsoPacks(false);
  }

  return (
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset</h2>
      <button type="button" class="danger" onClick={() => setConfirming(true)}>
        Reset to defaults…
      </button>
      {confirming && (
        <ConfirmStep
          id="reset"
          title="Reset every setting to its default?"
          confirmLabel="Reset"
          onConfirm={() => void reset()}
          onCancel={() => setConfirming(false)}
        >
          <p>Highlighting, sites, cards, underline, kinds and packs go back to how Backstory came.</p>
          {ownTerms.length > 0 && (
            <Checkbox
              id="reset-own-terms"
              label={`Also delete ${plural(ownTerms.length, 'term', 'terms')} of your own`}
              checked={alsoTerms}
              onChange={setAlsoTerms}
            />
          )}
          {imported.length > 0 && (
            <Checkbox
              id="reset-imported-packs"
              label={`Also delete ${plural(imported.length, 'imported pack', 'imported packs')}`}
              hint={imported.map((pack) => pack.name).join(', ')}
              checked={alsoPacks}
              onChange={setAlsoPacks}
            />
          )}
          {(ownTerms.length > 0 || imported.length > 0) && (
            <p class="hint">Unticked, they are kept. Export first to keep a copy of what you delete.</p>
          )}
        </ConfirmStep>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
