import { describe, expect, test } from 'vitest';
import { handleTermCommand } from '../../../lib/background/keyboard-commands';

function recorder(active: number | undefined = 7) {
  const sent: Array<[number, string]> = [];
  return {
    sent,
    deps: {
      activeTabId: async () => active,
      moveToTerm: async (tabId: number, direction: string) => void sent.push([tabId, direction]),
    },
  };
}

describe('keyboard commands', () => {
  test.each([
    ['next-term', 3, [[3, 'next']]],
    ['previous-term', 3, [[3, 'previous']]],
    ['next-term', undefined, [[7, 'next']]],
    ['something-else', 3, []],
  ])('%s on tab %s asks the page to move', async (command, tabId, expected) => {
    const { sent, deps } = recorder();
    await handleTermCommand(command, tabId, deps);
    expect(sent).toEqual(expected);
  });

  test('a tab that cannot answer (a browser page) is not an error', async () => {
    await expect(
      handleTermCommand('next-term', 1, {
        activeTabId: async () => 1,
        moveToTerm: () => Promise.reject(new Error('no receiver')),
      }),
    ).resolves.toBeUndefined();
  });
});
