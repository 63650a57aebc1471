import { Briefing } from '../../components/Briefing';
import { useTabReport } from '../../components/use-tab-report';

export function App() {
  return <Briefing state={useTabReport()} />;
}
