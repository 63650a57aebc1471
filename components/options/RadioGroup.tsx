export interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface RadioGroupProps<T extends string> {
  legend: string;
  /** The radios' shared name; also prefixes their ids. */
  name: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange(value: T): void;
}

/** A set of radio buttons in a fieldset: arrow keys move between them, as in any native form. */
export function RadioGroup<T extends string>({ legend, name, value, options, onChange }: RadioGroupProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div class="choice" key={option.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(option.value)}
            />
            <label for={id}>
              {option.label}
              {option.hint && (
                <span id={`${id}-hint`} class="hint">
                  {' '}
                  — {option.hint}
                </span>
              )}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
