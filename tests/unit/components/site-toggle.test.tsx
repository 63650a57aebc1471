import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SiteToggle } from '../../../components/SiteToggle';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

afterEach(cleanup);

describe('on/off for this site', () => {
  test('is on by default, and switching it off asks for the site to be turned off', () => {
    const onChange = vi.fn();
    render(<SiteToggle host="news.example" settings={DEFAULT_SETTINGS} onChange={onChange} />);
    const toggle = screen.getByRole('switch', { name: 'Underline terms on news.example' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(false);
  });

  test('switching a site back on removes its rule', () => {
    const onChange = vi.fn();
    const settings = { ...DEFAULT_SETTINGS, siteRules: { 'news.example': false } };
    render(<SiteToggle host="news.example" settings={settings} onChange={onChange} />);
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(null);
  });

  test('is off and locked while Backstory is off everywhere, and says why', () => {
    render(<SiteToggle host="news.example" settings={{ ...DEFAULT_SETTINGS, enabled: false }} onChange={vi.fn()} />);
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    expect([toggle.checked, toggle.disabled]).toEqual([false, true]);
    expect(screen.getByText(/off everywhere/)).toBeTruthy();
  });
});
