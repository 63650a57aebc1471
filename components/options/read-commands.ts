import { browser } from 'wxt/browser';

/** A keyboard command as the options page shows it. */
export interface CommandInfo {
  name: string;
  description: string;
  /** The shortcut set in the browser, or "" when none is. */
  shortcut: string;
}

/** The built-in command names browsers give no description. */
const BUILTIN_DESCRIPTIONS: Record<string, string> = {
  _execute_action: 'Open the Backstory popup',
  _execute_browser_action: 'Open the Backstory popup',
  _execute_sidebar_action: 'Open the briefing sidebar',
};

/** The extension's keyboard commands and their shortcuts; none when the browser has no commands API. */
export async function readCommands(): Promise<CommandInfo[]> {
  try {
    const commands = (await browser.commands?.getAll?.()) ?? [];
    return commands.map((command) => {
      const name = command.name ?? '';
      return {
        name,
        description: command.description || BUILTIN_DESCRIPTIONS[name] || name,
        shortcut: command.shortcut ?? '',
      };
    });
  } catch {
    return [];
  }
}

/** Opens the browser's own page for changing shortcuts, where it can; false where it cannot. */
export async function openShortcutSettings(): Promise<boolean> {
  try {
    if (import.meta.env.FIREFOX) {
      const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
      if (!commands?.openShortcutSettings) return false;
      await commands.openShortcutSettings();
    } else {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    }
    return true;
  } catch {
    return false;
  }
}
