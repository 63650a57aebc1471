import { useEffect } from 'preact/hooks';
import { CardSettings } from './CardSettings';
import { GeneralSettings } from './GeneralSettings';
import type { GlossaryApi } from './glossary-api';
import { GlossarySection } from './GlossarySection';
import { ImportExport } from './ImportExport';
import { ResetPanel } from './ResetPanel';
import { SettingsError } from './SettingsError';
import { ShortcutInfo } from './ShortcutInfo';
import { SiteRulesEditor } from './SiteRulesEditor';
import { TermSourceSettings } from './TermSourceSettings';
import { UnderlineSettings } from './UnderlineSettings';
import { useGlossaryData } from './use-glossary-data';
import { useSettings } from './use-settings';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { PageNav } from './PageNav';
import type { CommandInfo } from './read-commands';

export interface OptionsPageProps {
  api: GlossaryApi;
  /** Today, YYYY-MM-DD. */
  today: string;
  readCommands?: () => Promise<CommandInfo[]>;
}

/** Every preference, the reader's glossary, import and export, and reset: the whole options page. */
export function OptionsPage({ api, today, readCommands }: OptionsPageProps) {
  const control = useSettings();
  const glossary = useGlossaryData(api);
  const theme = control?.settings.theme;
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
  }, [theme]);
  if (!control) return <p role="status">Loading settings…</p>;
  const props = { settings: control.settings, onChange: control.onChange };
  return (
    <>
      <h1>Backstory options</h1>
      <p class="hint">Changes are saved at once and apply to open pages without reloading them.</p>
      <PageNav />
      <GeneralSettings {...props} />
      <SiteRulesEditor {...props} />
      <UnderlineSettings {...props} />
      <TermSourceSettings {...props} packs={glossary.packs} />
      <CardSettings {...props} />
      <ShortcutInfo read={readCommands} />
      <GlossarySection api={api} data={glossary} today={today} />
      <ImportExport api={api} today={today} onChanged={glossary.refresh} />
      <ResetPanel
        ownTerms={glossary.ownTerms}
        packs={glossary.packs}
        resetSettings={() => control.onChange(DEFAULT_SETTINGS)}
        clearGlossary={async (parts) => {
          await api.clear(parts);
          glossary.refresh();
        }}
      />
      <SettingsError error={control.error} onDismiss={control.dismissError} />
    </>
  );
}
