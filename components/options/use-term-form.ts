import { useEffect, useRef, useState } from 'preact/hooks';
import type { Outcome } from '../../lib/glossary/glossary-service';
import type { Entry } from '../../lib/glossary/schema';
import {
  draftFromEntry,
  EMPTY_DRAFT,
  idFromTerm,
  validateDraft,
  type DraftErrors,
  type TermDraft,
} from '../../lib/glossary/term-draft';

export interface TermFormOptions {
  base?: Entry;
  today: string;
  newId(term: string): Promise<string>;
  save(entry: Entry): Promise<Outcome<{ entry: Entry }>>;
  onSaved(entry: Entry): void;
}

/**
 * The state of the own-term form: the draft, its errors by field (checked against the schema after
 * the first attempt to save, then as the reader types), and saving through the glossary service.
 */
export function useTermForm({ base, today, newId, save, onSaved }: TermFormOptions) {
  const [draft, setDraft] = useState<TermDraft>(base ? draftFromEntry(base) : EMPTY_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [serviceErrors, setServiceErrors] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [focusInvalid, setFocusInvalid] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const id = base?.id ?? idFromTerm(draft.term);

  useEffect(() => {
    if (focusInvalid) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const check = (next: TermDraft) => validateDraft(next, { id, today, base });

  function update(change: Partial<TermDraft>) {
    const next = { ...draft, ...change };
    setDraft(next);
    if (!tried) return;
    const result = check(next);
    setErrors(result.ok ? {} : result.errors);
  }

  async function submit(event: Event) {
    event.preventDefault();
    setTried(true);
    setServiceErrors([]);
    const local = check(draft);
    if (!local.ok) {
      setErrors(local.errors);
      setFocusInvalid((n) => n + 1);
      return;
    }
    setBusy(true);
    const entry = base ? local.entry : { ...local.entry, id: await newId(draft.term) };
    const outcome = await save(entry).catch((error: unknown) => ({ ok: false as const, errors: [String(error)] }));
    setBusy(false);
    if (outcome.ok) onSaved(outcome.entry);
    else setServiceErrors(outcome.errors);
  }

  return { form, id, draft, errors, serviceErrors, busy, update, submit };
}
