import type { Settings } from '../lib/settings';

export interface SiteToggleProps {
  host: string;
  settings: Settings;
  /** Saves the site's rule: false turns the site off, null removes the rule (the site follows the defaults). */
  onChange(rule: false | null): void;
}

/** On/off for underlines on one site. Off everywhere wins, so the switch is then shown off and locked. */
export function SiteToggle({ host, settings, onChange }: SiteToggleProps) {
  const on = settings.enabled && settings.siteRules[host] !== false;
  return (
    <div class="site-toggle">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          disabled={!settings.enabled}
          onChange={(event) => onChange(event.currentTarget.checked ? null : false)}
        />
        <span>
          Underline terms on <strong>{host}</strong>
        </span>
      </label>
      {!settings.enabled && <p class="hint">Backstory is off everywhere; turn it on in the options.</p>}
    </div>
  );
}
