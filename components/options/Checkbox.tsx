export interface CheckboxProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** One labelled checkbox, with an optional line that explains it. */
export function Checkbox({ id, label, hint, checked, onChange }: CheckboxProps) {
  return (
    <div class="choice">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>
        {label}
        {hint && (
          <span id={`${id}-hint`} class="hint">
            {' '}
            — {hint}
          </span>
        )}
      </label>
    </div>
  );
}
