import { messagingGlossaryApi } from '../../components/options/glossary-api';
import { OptionsPage } from '../../components/options/OptionsPage';

/** The local day, YYYY-MM-DD. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function App() {
  return <OptionsPage api={messagingGlossaryApi} today={today()} />;
}
