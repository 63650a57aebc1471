import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useBriefingFocus } from '../../../components/use-briefing-focus';
import { briefingFocusItem } from '../../../lib/settings';

function Probe({ tabId }: { tabId: number }) {
  const focus = useBriefingFocus(tabId);
  return <p data-testid="focus">{focus?.entryId ?? 'none'}</p>;
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('"Open briefing" on a card', () => {
  test('brings the briefing to the entry once, and only in the tab it was asked in', async () => {
    await briefingFocusItem.setValue({ tabId: 4, entryId: 'torkham', at: Date.now() });
    render(<Probe tabId={4} />);
    await waitFor(() => expect(screen.getByTestId('focus').textContent).toBe('torkham'));
    await waitFor(async () => expect(await briefingFocusItem.getValue()).toBeNull());
  });

  test('follows a new request while the panel is open', async () => {
    render(<Probe tabId={4} />);
    await briefingFocusItem.setValue({ tabId: 9, entryId: 'ttp', at: Date.now() });
    await briefingFocusItem.setValue({ tabId: 4, entryId: 'iskp', at: Date.now() });
    await waitFor(() => expect(screen.getByTestId('focus').textContent).toBe('iskp'));
  });

  test('ignores a request from long ago', async () => {
    await briefingFocusItem.setValue({ tabId: 4, entryId: 'torkham', at: Date.now() - 10 * 60_000 });
    render(<Probe tabId={4} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByTestId('focus').textContent).toBe('none');
  });
});
