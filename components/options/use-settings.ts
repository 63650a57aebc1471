import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';

/** What a settings control needs: the current settings and a way to change some of them. */
export interface SettingsProps {
  settings: Settings;
  /** Saves a change; resolves false (and the page shows why) when it could not be saved. */
  onChange(change: Partial<Settings>): Promise<boolean>;
}

export interface SettingsControl extends SettingsProps {
  /** Why the last change was not saved, for the reader; null when it was. */
  error: string | null;
  dismissError(): void;
}

/**
 * The stored settings, kept current as they change in any context (the popup adds a site rule), and
 * a change function that never fails silently: a refused write (too large to sync, too many writes)
 * becomes a message.
 */
export function useSettings(): SettingsControl | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const onChange = useCallback(async (change: Partial<Settings>) => {
    try {
      setSettings(await updateSettings(change));
      setError(null);
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    }
  }, []);
  const dismissError = useCallback(() => setError(null), []);
  return settings && { settings, onChange, error, dismissError };
}
