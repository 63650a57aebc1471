import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { RadioGroup } from './RadioGroup';
import type { SettingsProps } from './use-settings';

/** Bounds of the hover delay: below 100 ms sweeping the pointer over a line opens cards; above 2 s feels broken. */
export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;

const MODIFIER_LABELS: Record<Settings['modifierKey'], string> = {
  Alt: 'Alt (Option on a Mac)',
  Shift: 'Shift',
  Control: 'Ctrl',
  Meta: 'Meta (⌘ on a Mac, ⊞ on Windows)',
};

function HoverDelay({ settings, onChange }: SettingsProps) {
  const [text, setText] = useState(String(settings.hoverDelayMs));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(String(settings.hoverDelayMs)), [settings.hoverDelayMs]);

  function commit(value: string) {
    const ms = Number(value);
    if (!Number.isInteger(ms) || ms < HOVER_DELAY_MIN_MS || ms > HOVER_DELAY_MAX_MS) {
      return setError(`Enter a whole number of milliseconds from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}.`);
    }
    setError(null);
    if (ms !== settings.hoverDelayMs) void onChange({ hoverDelayMs: ms });
  }

  return (
    <div class="field">
      <label for="hover-delay">Hover delay (milliseconds)</label>
      <input
        id="hover-delay"
        type="number"
        min={HOVER_DELAY_MIN_MS}
        max={HOVER_DELAY_MAX_MS}
        step={50}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'hover-delay-hint hover-delay-error' : 'hover-delay-hint'}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      <p id="hover-delay-hint" class="hint">
        How long the pointer rests on a term before its card opens. Default 350.
      </p>
      {error && (
        <p id="hover-delay-error" class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** What opens a card, and how the cards look. */
export function CardSettings({ settings, onChange }: SettingsProps) {
  return (
    <section aria-labelledby="cards-heading">
      <h2 id="cards-heading">Cards</h2>
      <RadioGroup
        legend="Open a term's card"
        name="trigger"
        value={settings.trigger}
        options={[
          { value: 'hover', label: 'On hover' },
          { value: 'modifier', label: 'On hover while holding a key' },
          { value: 'click', label: 'On click' },
        ]}
        onChange={(trigger) => void onChange({ trigger })}
      />
      {settings.trigger === 'modifier' && (
        <div class="field">
          <label for="modifier-key">Key to hold</label>
          <select
            id="modifier-key"
            value={settings.modifierKey}
            onChange={(event) => void onChange({ modifierKey: event.currentTarget.value as Settings['modifierKey'] })}
          >
            {Object.entries(MODIFIER_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      {settings.trigger !== 'click' && <HoverDelay settings={settings} onChange={onChange} />}
      <RadioGroup
        legend="Theme of cards and panels"
        name="theme"
        value={settings.theme}
        options={[
          { value: 'auto', label: 'Automatic', hint: 'follows the page and the system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => void onChange({ theme })}
      />
    </section>
  );
}
