import { KINDS, type Kind } from '../../lib/glossary/schema';
import { KIND_LABELS } from '../kind-label';
import { TermFormFields } from './TermFormFields';
import { useTermForm, type TermFormOptions } from './use-term-form';

export interface TermFormProps extends TermFormOptions {
  onCancel(): void;
}

function FormErrors({ invalid, service }: { invalid: number; service: string[] }) {
  return (
    <>
      {invalid > 0 && (
        <p class="error" role="alert">
          {invalid === 1 ? 'One field needs' : `${invalid} fields need`} attention before saving.
        </p>
      )}
      {service.length > 0 && (
        <div class="error" role="alert">
          <p>Not saved:</p>
          <ul>
            {service.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** Adds or edits one of the reader's own terms, with each field's error shown beneath it. */
export function TermForm(props: TermFormProps) {
  const { form, id, draft, errors, serviceErrors, busy, update, submit } = useTermForm(props);
  const { base, onCancel } = props;
  return (
    <form ref={form} class="term-form" aria-labelledby="term-form-title" noValidate onSubmit={submit}>
      <h3 id="term-form-title">{base ? `Edit "${base.term}"` : 'Add a term'}</h3>
      <p class="hint">
        Id: <code>{id}</code>
        {!base && ' (made from the name; a number is added if another entry has it)'}
      </p>
      <div class="field">
        <label for="term-kind">Kind</label>
        <select id="term-kind" value={draft.kind} onChange={(e) => update({ kind: e.currentTarget.value as Kind })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <TermFormFields draft={draft} errors={errors} update={update} />
      <FormErrors invalid={Object.keys(errors).length} service={serviceErrors} />
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {base ? 'Save changes' : 'Add term'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
