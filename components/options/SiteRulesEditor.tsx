import { useState } from 'preact/hooks';
import { siteHostFromInput } from '../../lib/page/site-host';
import type { SettingsProps } from './use-settings';

const RULE_LABELS = { on: 'Always on', off: 'Always off' } as const;
type RuleChoice = keyof typeof RULE_LABELS;

function RuleSelect(props: { id?: string; label?: string; on: boolean; onChange(on: boolean): void }) {
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.on ? 'on' : 'off'}
      onChange={(event) => props.onChange((event.currentTarget.value as RuleChoice) === 'on')}
    >
      {Object.entries(RULE_LABELS).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}

/** Per-site rules: a site always on (even when it is not an article) or always off. */
export function SiteRulesEditor({ settings, onChange }: SettingsProps) {
  const [host, setHost] = useState('');
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rules = Object.entries(settings.siteRules).sort(([a], [b]) => a.localeCompare(b));
  const setRules = (siteRules: Record<string, boolean>) => onChange({ siteRules });

  async function add(event: Event) {
    event.preventDefault();
    const site = siteHostFromInput(host);
    if (!site) return setError('Enter a site such as www.example.com, or paste a page address from it.');
    setError(null);
    if (await setRules({ ...settings.siteRules, [site]: on })) setHost('');
  }

  function remove(site: string) {
    void setRules(Object.fromEntries(Object.entries(settings.siteRules).filter(([host]) => host !== site)));
  }

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="hint">A rule is for one exact host name: www.example.com and example.com are two sites.</p>
      <form class="row" onSubmit={add} aria-label="Add a site rule" noValidate>
        <label for="site-host">Site</label>
        <input
          id="site-host"
          type="text"
          value={host}
          placeholder="www.example.com"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'site-host-error' : undefined}
          onInput={(event) => setHost(event.currentTarget.value)}
        />
        <RuleSelect label="Rule for the new site" on={on} onChange={setOn} />
        <button type="submit">Add rule</button>
      </form>
      {error && (
        <p id="site-host-error" class="field-error">
          {error}
        </p>
      )}
      {rules.length === 0 ? (
        <p class="muted">No site rules: Backstory follows the settings above everywhere.</p>
      ) : (
        <table class="site-rules">
          <caption class="visually-hidden">Site rules</caption>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Backstory</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map(([site, siteOn]) => (
              <tr key={site} data-site={site}>
                <th scope="row">{site}</th>
                <td>
                  <RuleSelect
                    label={`Backstory on ${site}`}
                    on={siteOn}
                    onChange={(next) => void setRules({ ...settings.siteRules, [site]: next })}
                  />
                </td>
                <td>
                  <button type="button" aria-label={`Remove the rule for ${site}`} onClick={() => remove(site)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
