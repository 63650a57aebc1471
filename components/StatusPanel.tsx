import type { TabState } from '../lib/report/tab-state';
import { statusText } from './status-text';

export interface StatusPanelProps {
  state: TabState;
  onScanAnyway?: () => void;
  onRetry?: () => void;
}

/**
 * What the briefing knows about the tab, in words, announced to screen readers as it changes, with
 * the one action that helps when there is one.
 */
export function StatusPanel({ state, onScanAnyway, onRetry }: StatusPanelProps) {
  const notArticle = state.status === 'ready' && state.report.status === 'not-article';
  return (
    <div class="status-panel">
      <p class="status" role="status" data-state={state.status === 'ready' ? state.report.status : state.status}>
        {statusText(state)}
      </p>
      {notArticle && onScanAnyway && (
        <button type="button" class="button" onClick={onScanAnyway}>
          Scan this page anyway
        </button>
      )}
      {state.status === 'error' && onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
