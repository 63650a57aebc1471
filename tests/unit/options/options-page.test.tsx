import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, settingsBytes, SYNC_QUOTA_BYTES_PER_ITEM } from '../../../lib/settings';
import { entry, pack } from '../glossary/fake-glossary';
import { renderOptions } from './render-options';

const click = (name: string | RegExp) => fireEvent.click(screen.getByLabelText(name));
const stored = () => loadSettings();

describe('the options page, over real settings storage', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  test('a choice is saved at once, and the preview shows the underline style', async () => {
    await renderOptions();
    click('Solid underline');
    await waitFor(async () => expect((await stored()).underline).toBe('solid'));
    const preview = screen.getByTestId('underline-preview');
    expect(preview.querySelector('.preview-term')?.getAttribute('data-style')).toBe('solid');
    click(/first mention/);
    await waitFor(async () => expect((await stored()).firstMentionOnly).toBe(true));
    const styles = [...preview.querySelectorAll('.preview-term')].map((span) => span.getAttribute('data-style'));
    expect(styles).toEqual(['solid', 'solid', 'solid', 'none', 'solid']);
  });

  test('turning a kind off keeps the others, in their order', async () => {
    await renderOptions();
    click('Place');
    await waitFor(async () =>
      expect((await stored()).kinds).toEqual(DEFAULT_SETTINGS.kinds.filter((kind) => kind !== 'place')),
    );
  });

  test('packs are listed from the glossary and switched off by id', async () => {
    await renderOptions({ ownTerms: [], importedPacks: [pack('my-region', [entry('x')])] });
    expect(await screen.findByText(/1 term, imported/)).toBeTruthy();
    click(/^south-asia/);
    await waitFor(async () => expect((await stored()).disabledPacks).toEqual(['south-asia']));
  });

  test('a site rule is added from a pasted address, changed, and removed', async () => {
    await renderOptions();
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'https://www.dawn.com/news/1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    await waitFor(async () => expect((await stored()).siteRules).toEqual({ 'www.dawn.com': false }));
    const select = await screen.findByLabelText('Backstory on www.dawn.com');
    fireEvent.change(select, { target: { value: 'on' } });
    await waitFor(async () => expect((await stored()).siteRules).toEqual({ 'www.dawn.com': true }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for www.dawn.com' }));
    await waitFor(async () => expect((await stored()).siteRules).toEqual({}));
  });

  test('a site that is not a host name is refused beside the field', async () => {
    await renderOptions();
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect((await screen.findByText(/Enter a site such as/)).id).toBe('site-host-error');
    expect(screen.getByLabelText('Site').getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).siteRules).toEqual({});
  });

  test('site rules too many to sync are refused with a message, and nothing changes', async () => {
    const rules: Record<string, boolean> = {};
    for (let i = 0; settingsBytes({ ...DEFAULT_SETTINGS, siteRules: rules }) < SYNC_QUOTA_BYTES_PER_ITEM - 40; i++) {
      // Long host names: few rows to render, the same bytes.
      rules[`${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.site-${i}.example.com`] = false;
    }
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, siteRules: rules } });
    await renderOptions();
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'one-more-news-site.example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    const alert = await screen.findByText(/^Not saved: .* more than the 8192 bytes/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect((await stored()).siteRules).toEqual(rules);
    expect((screen.getByLabelText('Site') as HTMLInputElement).value).toBe('one-more-news-site.example.com');
  });

  test.each([
    ['50', false],
    ['2001', false],
    ['abc', false],
    ['350.5', false],
    ['800', true],
  ])('a hover delay of %s ms is saved: %s', async (value, saved) => {
    await renderOptions();
    const input = screen.getByLabelText('Hover delay (milliseconds)');
    fireEvent.input(input, { target: { value } });
    fireEvent.change(input, { target: { value } });
    if (saved) await waitFor(async () => expect((await stored()).hoverDelayMs).toBe(Number(value)));
    else {
      expect(await screen.findByText(/from 100 to 2000/)).toBeTruthy();
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect((await stored()).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    }
  });

  test('the modifier key is offered only for the modifier trigger', async () => {
    await renderOptions();
    expect(screen.queryByLabelText('Key to hold')).toBeNull();
    click('On hover while holding a key');
    fireEvent.change(await screen.findByLabelText('Key to hold'), { target: { value: 'Shift' } });
    await waitFor(async () => expect(await stored()).toMatchObject({ trigger: 'modifier', modifierKey: 'Shift' }));
    click('On click');
    await waitFor(() => expect(screen.queryByLabelText('Hover delay (milliseconds)')).toBeNull());
  });

  test('the theme choice is saved and applied to the page', async () => {
    await renderOptions();
    click('Dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect((await stored()).theme).toBe('dark');
  });

  test('reset asks first; cancelled, nothing changes; confirmed, settings go back but own terms stay', async () => {
    const glossary = await renderOptions({ ownTerms: [entry('mine')], importedPacks: [] });
    click('Solid underline');
    await waitFor(async () => expect((await stored()).underline).toBe('solid'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    const step = screen.getByRole('group', { name: 'Reset every setting to its default?' });
    expect(document.activeElement?.textContent).toBe('Reset every setting to its default?');
    fireEvent.click(within(step).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /Reset every setting/ })).toBeNull();
    expect((await stored()).underline).toBe('solid');

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(async () => expect(await stored()).toEqual(DEFAULT_SETTINGS));
    expect(glossary.stored().ownTerms.map((term) => term.id)).toEqual(['mine']);
  });

  test('reset can also delete own terms and imported packs, when ticked', async () => {
    const glossary = await renderOptions({ ownTerms: [entry('mine')], importedPacks: [pack('extra', [])] });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    click('Also delete 1 term of your own');
    click(/Also delete 1 imported pack/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await screen.findByText(/your own terms and the imported packs deleted/);
    expect(glossary.stored()).toEqual({ ownTerms: [], importedPacks: [] });
  });

  test('Escape leaves the confirmation without resetting', async () => {
    await renderOptions();
    const opener = screen.getByRole('button', { name: 'Reset to defaults…' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Reset' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
