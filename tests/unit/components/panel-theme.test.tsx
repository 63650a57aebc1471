import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { usePanelTheme } from '../../../components/use-panel-theme';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

function Themed({ settings, root }: { settings: Settings | null; root: HTMLElement }) {
  usePanelTheme(settings, root);
  return null;
}

afterEach(cleanup);

describe("the panels' theme", () => {
  test.each([
    ['auto', undefined],
    ['light', 'light'],
    ['dark', 'dark'],
  ] as const)('"%s" sets data-theme to %s', (theme, expected) => {
    const root = document.createElement('html');
    render(<Themed settings={{ ...DEFAULT_SETTINGS, theme }} root={root} />);
    expect(root.dataset.theme).toBe(expected);
  });

  test('going back to "auto" hands the choice back to the system', () => {
    const root = document.createElement('html');
    const { rerender } = render(<Themed settings={{ ...DEFAULT_SETTINGS, theme: 'dark' }} root={root} />);
    rerender(<Themed settings={{ ...DEFAULT_SETTINGS, theme: 'auto' }} root={root} />);
    expect(root.dataset.theme).toBeUndefined();
  });
});
