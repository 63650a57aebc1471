export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  hint?: string;
  error?: string;
  /** Rows of a multi-line field; a single-line input when absent. */
  rows?: number;
  /** "url" gives a keyboard with / and .com on phones. */
  inputMode?: 'url';
  required?: boolean;
  onInput(value: string): void;
}

/** A labelled text field whose hint and error are read out with it, and whose error shows beneath it. */
export function TextField({ id, label, value, hint, error, rows, inputMode, required, onInput }: TextFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: id,
    value,
    required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div class="field">
      <label for={id}>
        {label}
        {!required && <span class="muted"> (optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {rows ? (
        <textarea {...common} rows={rows} onInput={(event) => onInput(event.currentTarget.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onInput={(event) => onInput(event.currentTarget.value)} />
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error.charAt(0).toUpperCase() + error.slice(1)}
        </p>
      )}
    </div>
  );
}
