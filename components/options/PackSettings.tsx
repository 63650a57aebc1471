import type { PackInfo } from '../../lib/glossary/glossary-service';
import { Checkbox } from './Checkbox';
import type { SettingsProps } from './use-settings';

export interface PackSettingsProps extends SettingsProps {
  /** Built-in and imported packs; null while they load. */
  packs: PackInfo[] | null;
}

/** Which glossary packs are used, built-in and imported. The reader's own terms are always used. */
export function PackSettings({ settings, onChange, packs }: PackSettingsProps) {
  const toggle = (id: string, on: boolean) =>
    void onChange({
      disabledPacks: on ? settings.disabledPacks.filter((pack) => pack !== id) : [...settings.disabledPacks, id],
    });
  return (
    <fieldset>
      <legend>Glossary packs</legend>
      {packs === null && <p class="muted">Loading packs…</p>}
      {packs?.map((pack) => (
        <Checkbox
          key={pack.id}
          id={`pack-${pack.id}`}
          label={pack.name}
          hint={`${pack.entries} ${pack.entries === 1 ? 'term' : 'terms'}, ${pack.builtin ? 'built in' : 'imported'}, version ${pack.version}`}
          checked={!settings.disabledPacks.includes(pack.id)}
          onChange={(on) => toggle(pack.id, on)}
        />
      ))}
      <p class="hint">Your own terms are always used.</p>
    </fieldset>
  );
}
