import { useEffect } from 'preact/hooks';
import type { Settings } from '../lib/settings';

/**
 * Applies the reader's theme to an extension page: "light" or "dark" forces it, "auto" follows the
 * system (prefers-color-scheme). panel.css keys its colours on the root's data-theme.
 */
export function usePanelTheme(settings: Settings | null, root: HTMLElement = document.documentElement): void {
  const theme = settings?.theme ?? 'auto';
  useEffect(() => {
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme, root]);
}
