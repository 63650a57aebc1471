import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings, type Settings } from '../lib/settings';

/** The reader's settings, kept current as they change in any context; null until read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
