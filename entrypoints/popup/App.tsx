import { Briefing } from '../../components/Briefing';
import { useTabReport } from '../../components/use-tab-report';
import { sendMessage } from '../../lib/messaging';

export function App() {
  const state = useTabReport();
  return (
    <div class="popup">
      <Briefing state={state} limit={5} />
      <p class="actions">
        {state.status === 'ready' && state.report.status === 'not-article' && (
          <button type="button" onClick={() => void sendMessage('scanAnyway', undefined, state.tabId)}>
            Scan this page anyway
          </button>
        )}
        <a href="/options.html" target="_blank">
          Options
        </a>
      </p>
    </div>
  );
}
