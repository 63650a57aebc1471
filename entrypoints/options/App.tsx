import { useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <p>Loading…</p>;
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <h1>Backstory options</h1>
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => void updateSettings({ enabled: event.currentTarget.checked })}
        />{' '}
        Underline known terms
      </label>
    </form>
  );
}
