import type { PackInfo } from '../../lib/glossary/glossary-service';
import { KindSettings } from './KindSettings';
import { PackSettings } from './PackSettings';
import type { SettingsProps } from './use-settings';

/** What is underlined: which kinds of term, from which packs. */
export function TermSourceSettings(props: SettingsProps & { packs: PackInfo[] | null }) {
  return (
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">What to underline</h2>
      <div class="row" style={{ alignItems: 'flex-start' }}>
        <KindSettings settings={props.settings} onChange={props.onChange} />
        <PackSettings {...props} />
      </div>
    </section>
  );
}
