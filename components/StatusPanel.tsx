import type { TabState } from '../lib/report/tab-state';
import { hostOf, statusText } from './status-text';

export interface StatusPanelProps {
  state: TabState;
  onScanAnyway?: () => void;
  onRetry?: () => void;
  /** Turns underlines back on for the page's site (the reader had turned it off). */
  onSiteOn?: () => void;
  onOpenOptions?: () => void;
}

/** The one action that helps in a state, if there is one. */
function actionFor({ state, onScanAnyway, onRetry, onSiteOn, onOpenOptions }: StatusPanelProps) {
  const action = (label: string, run: (() => void) | undefined) =>
    run && (
      <button type="button" class="button" onClick={run}>
        {label}
      </button>
    );
  if (state.status === 'error') return action('Try again', onRetry);
  if (state.status !== 'ready') return null;
  const { report } = state;
  if (report.status === 'not-article') return action('Scan this page anyway', onScanAnyway);
  if (report.status === 'off-for-site') return action(`Turn on for ${hostOf(report.url) ?? 'this site'}`, onSiteOn);
  if (report.status === 'off') return action('Open options', onOpenOptions);
  return null;
}

/**
 * What the briefing knows about the tab, in words, announced to screen readers as it changes, with
 * the one action that helps when there is one.
 */
export function StatusPanel(props: StatusPanelProps) {
  const { state } = props;
  return (
    <div class="status-panel">
      <p class="status" role="status" data-state={state.status === 'ready' ? state.report.status : state.status}>
        {statusText(state)}
      </p>
      {actionFor(props)}
    </div>
  );
}
