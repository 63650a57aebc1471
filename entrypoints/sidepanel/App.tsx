import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Briefing } from '../../components/Briefing';
import { GlossarySearch } from '../../components/GlossarySearch';
import { StatusPanel } from '../../components/StatusPanel';
import { hostOf } from '../../components/status-text';
import { useBriefingFocus } from '../../components/use-briefing-focus';
import { usePanelTheme } from '../../components/use-panel-theme';
import { useSettings } from '../../components/use-settings';
import { pinnedTabId, useTabReport } from '../../components/use-tab-report';
import { withSiteRule } from '../../lib/page/site-rule';
import { backgroundGlossary, tabPageActions } from '../../lib/report/briefing-actions';
import { updateSettings } from '../../lib/settings';

const NONE: ReadonlySet<string> = new Set();

/** The side panel (Firefox: sidebar): the briefing on the active tab, following the reader around. */
export function App() {
  const { state, refresh } = useTabReport({ pinned: pinnedTabId() });
  const tabId = 'tabId' in state ? state.tabId : null;
  const focus = useBriefingFocus(tabId);
  const settings = useSettings();
  usePanelTheme(settings);
  const host = state.status === 'ready' ? hostOf(state.report.url) : null;
  const page = useMemo(() => (tabId === null ? null : tabPageActions(tabId)), [tabId]);
  return (
    <>
      <header class="panel-header">
        <p class="brand">Backstory briefing</p>
        <StatusPanel
          state={state}
          onRetry={refresh}
          onScanAnyway={page ? () => void page.scanAnyway() : undefined}
          onSiteOn={
            host && settings
              ? () => void updateSettings({ siteRules: withSiteRule(settings.siteRules, host, null) })
              : undefined
          }
          onOpenOptions={() => void browser.runtime.openOptionsPage()}
        />
      </header>
      {/* Busy until the first answer about the tab: screen readers wait for it, and so do the tests. */}
      <main aria-busy={state.status === 'starting' || state.status === 'reading'}>
        {state.status === 'ready' && page ? (
          <Briefing
            key={`${state.tabId} ${state.report.url}`}
            report={state.report}
            page={page}
            glossary={backgroundGlossary}
            focus={focus}
          />
        ) : (
          <>
            <h1 class="article-title">Briefing</h1>
            <GlossarySearch search={backgroundGlossary.search} onPage={NONE} />
          </>
        )}
      </main>
    </>
  );
}
