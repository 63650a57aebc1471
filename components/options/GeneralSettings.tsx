import { Checkbox } from './Checkbox';
import { RadioGroup } from './RadioGroup';
import type { SettingsProps } from './use-settings';

/** The master switch and where Backstory works. */
export function GeneralSettings({ settings, onChange }: SettingsProps) {
  return (
    <section aria-labelledby="general-heading">
      <h2 id="general-heading">Highlighting</h2>
      <Checkbox
        id="enabled"
        label="Underline known terms"
        hint="off clears every underline on open pages at once"
        checked={settings.enabled}
        onChange={(enabled) => void onChange({ enabled })}
      />
      <RadioGroup
        legend="Where"
        name="scope"
        value={settings.scope}
        options={[
          { value: 'articles', label: 'News articles only', hint: 'other pages are left untouched' },
          { value: 'everywhere', label: 'Every page' },
        ]}
        onChange={(scope) => void onChange({ scope })}
      />
    </section>
  );
}
