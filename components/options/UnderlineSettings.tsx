import { Checkbox } from './Checkbox';
import { RadioGroup } from './RadioGroup';
import { UnderlinePreview } from './UnderlinePreview';
import type { SettingsProps } from './use-settings';

/** How known terms are marked on the page, with a preview. */
export function UnderlineSettings({ settings, onChange }: SettingsProps) {
  return (
    <section aria-labelledby="underline-heading">
      <h2 id="underline-heading">Underline</h2>
      <RadioGroup
        legend="Style"
        name="underline"
        value={settings.underline}
        options={[
          { value: 'dotted', label: 'Dotted underline' },
          { value: 'solid', label: 'Solid underline' },
          { value: 'background', label: 'Background tint' },
          { value: 'none', label: 'None', hint: 'terms are found, and listed in the briefing, but not marked' },
        ]}
        onChange={(underline) => void onChange({ underline })}
      />
      <Checkbox
        id="first-mention-only"
        label="Underline only the first mention of each term"
        checked={settings.firstMentionOnly}
        onChange={(firstMentionOnly) => void onChange({ firstMentionOnly })}
      />
      <UnderlinePreview settings={settings} />
    </section>
  );
}
