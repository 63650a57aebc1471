import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';

/** The keyboard shortcuts declared in the manifest (wxt.config.ts), and what each asks the page to do. */
export const TERM_COMMANDS = { 'next-term': 'next', 'previous-term': 'previous' } as const;

export interface CommandDeps {
  activeTabId(): Promise<number | undefined>;
  moveToTerm(tabId: number, direction: 'next' | 'previous'): Promise<unknown>;
}

/** Sends a term shortcut to the page it was pressed on (or the active tab); ignores other commands. */
export async function handleTermCommand(command: string, tabId: number | undefined, deps: CommandDeps): Promise<void> {
  const direction = TERM_COMMANDS[command as keyof typeof TERM_COMMANDS];
  if (!direction) return;
  const target = tabId ?? (await deps.activeTabId());
  // A tab without the content script (a browser page) has nobody to answer: nothing to do there.
  if (target !== undefined) await deps.moveToTerm(target, direction).catch(() => undefined);
}

/** Forwards the term shortcuts to the page in the active tab. */
export function registerKeyboardCommands(): void {
  browser.commands.onCommand.addListener((command, tab) =>
    handleTermCommand(command, tab?.id, {
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      moveToTerm: (tabId, direction) => sendMessage('moveToTerm', { direction }, tabId),
    }),
  );
}
