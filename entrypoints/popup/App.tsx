import { browser } from 'wxt/browser';
import { SiteToggle } from '../../components/SiteToggle';
import { StatusPanel } from '../../components/StatusPanel';
import { hostOf } from '../../components/status-text';
import { TopTerms } from '../../components/TopTerms';
import { usePanelTheme } from '../../components/use-panel-theme';
import { useSettings } from '../../components/use-settings';
import { pinnedTabId, useTabReport } from '../../components/use-tab-report';
import { openBriefing } from '../../lib/background/open-briefing';
import { tabPageActions } from '../../lib/report/briefing-actions';
import { withSiteRule } from '../../lib/page/site-rule';
import { updateSettings } from '../../lib/settings';

/** How many terms the popup lists. */
const TOP_TERMS = 5;

/** The toolbar popup: the tab's status, its top terms, on/off for the site, and the way to the briefing. */
export function App() {
  const { state, refresh } = useTabReport({ pinned: pinnedTabId() });
  const settings = useSettings();
  usePanelTheme(settings);
  const tabId = 'tabId' in state ? state.tabId : null;
  const report = state.status === 'ready' ? state.report : null;
  const host = report && hostOf(report.url);

  const open = () => {
    if (tabId === null) return;
    // Called straight from the click: the browser opens a side panel only during the reader's gesture.
    const opening = openBriefing(tabId);
    // The real popup closes itself; the same page opened as a tab (tests) stays.
    void opening.then(() => browser.extension.getViews({ type: 'popup' }).includes(window) && window.close());
  };

  const openOptions = () => void browser.runtime.openOptionsPage();

  return (
    <>
      <header class="panel-header">
        <h1 class="brand">Backstory</h1>
        <StatusPanel
          state={state}
          onRetry={refresh}
          onScanAnyway={tabId === null ? undefined : () => void tabPageActions(tabId).scanAnyway()}
          onOpenOptions={openOptions}
        />
      </header>
      {/* Busy until the first answer about the tab: screen readers wait for it, and so do the tests. */}
      <main aria-busy={state.status === 'starting' || state.status === 'reading'}>
        {report?.status === 'scanned' && report.terms.length > 0 && <TopTerms terms={report.terms} limit={TOP_TERMS} />}
        {host && settings && (
          <SiteToggle
            host={host}
            settings={settings}
            onChange={(rule) => void updateSettings({ siteRules: withSiteRule(settings.siteRules, host, rule) })}
          />
        )}
      </main>
      <footer class="popup-actions">
        <button type="button" class="button primary" onClick={open} disabled={tabId === null}>
          Open briefing
        </button>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(event) => {
            event.preventDefault();
            openOptions();
          }}
        >
          Options
        </a>
      </footer>
    </>
  );
}
