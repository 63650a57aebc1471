import { KINDS, type Kind } from '../../lib/glossary/schema';
import { KIND_LABELS } from '../kind-label';
import { Checkbox } from './Checkbox';
import type { SettingsProps } from './use-settings';

/** Which kinds of term are underlined. */
export function KindSettings({ settings, onChange }: SettingsProps) {
  const toggle = (kind: Kind, on: boolean) =>
    void onChange({ kinds: KINDS.filter((k) => (k === kind ? on : settings.kinds.includes(k))) });
  return (
    <fieldset>
      <legend>Kinds of term</legend>
      {KINDS.map((kind) => (
        <Checkbox
          key={kind}
          id={`kind-${kind}`}
          label={KIND_LABELS[kind]}
          checked={settings.kinds.includes(kind)}
          onChange={(on) => toggle(kind, on)}
        />
      ))}
    </fieldset>
  );
}
