import { useEffect, useState } from 'preact/hooks';
import { openShortcutSettings, readCommands, type CommandInfo } from './read-commands';

const WHERE_TO_CHANGE = import.meta.env.FIREFOX
  ? 'In Firefox: about:addons, the gear menu, then "Manage Extension Shortcuts".'
  : 'In Chrome, Edge and Brave: chrome://extensions/shortcuts (edge://extensions/shortcuts in Edge).';

/** The extension's keyboard shortcuts, read from the browser, and where the reader changes them. */
export function ShortcutInfo({ read = readCommands }: { read?: () => Promise<CommandInfo[]> }) {
  const [commands, setCommands] = useState<CommandInfo[] | null>(null);
  const [cannotOpen, setCannotOpen] = useState(false);
  useEffect(() => void read().then(setCommands), [read]);
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">Keyboard shortcut</h2>
      {commands === null ? (
        <p class="muted">Reading shortcuts…</p>
      ) : commands.length === 0 ? (
        <p>Backstory has no keyboard shortcuts in this browser.</p>
      ) : (
        <ul>
          {commands.map((command) => (
            <li key={command.name}>
              {command.description}: {command.shortcut ? <kbd>{command.shortcut}</kbd> : <em>no shortcut set</em>}
            </li>
          ))}
        </ul>
      )}
      <p class="hint">Browsers let you set or change shortcuts only on their own page. {WHERE_TO_CHANGE}</p>
      <button type="button" onClick={() => void openShortcutSettings().then((opened) => setCannotOpen(!opened))}>
        Open shortcut settings
      </button>
      {cannotOpen && <p role="status">This browser cannot open that page for you: open it from the menu as above.</p>}
    </section>
  );
}
