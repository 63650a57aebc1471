import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entry, pack } from '../glossary/fake-glossary';
import { renderOptions } from './render-options';

const glossaryRegion = () => screen.getByRole('region', { name: 'Your glossary' });
const type = (label: string | RegExp, value: string) =>
  fireEvent.input(within(glossaryRegion()).getByLabelText(label), { target: { value } });

/** A File whose text() works in happy-dom. */
function jsonFile(data: unknown): File {
  const text = JSON.stringify(data);
  return Object.assign(new File([text], 'pack.json', { type: 'application/json' }), { text: async () => text });
}

describe("the reader's glossary in the options page", () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  test('browses a pack, searches every term, and shows an entry in full', async () => {
    await renderOptions();
    const list = await within(glossaryRegion()).findByText('Torkham');
    expect(screen.getByText('2 terms')).toBeTruthy();
    fireEvent.click(list);
    const details = await screen.findByRole('article', { name: /Torkham/ });
    expect(within(details).getByText('About torkham.')).toBeTruthy();
    expect(within(details).getByRole('link', { name: 'https://example.org/torkham' }).getAttribute('rel')).toContain(
      'noopener',
    );
    expect(within(details).queryByRole('button', { name: 'Edit' })).toBeNull();
    type('Search every term', 'Taliban');
    await screen.findByText('Search: 1 term');
    expect(within(glossaryRegion()).getByRole('button', { name: /Tehreek-e-Taliban Pakistan/ })).toBeTruthy();
  });

  test('adds a term with a fresh id, then edits and deletes it after confirming', async () => {
    const glossary = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a term' }));
    type(/^Name/, 'Torkham');
    type(/^Summary/, 'My own note on the crossing.');
    type(/^Source address/, 'https://example.org/mine');
    fireEvent.click(screen.getByRole('button', { name: 'Add term' }));
    await screen.findByText('Saved "Torkham".');
    expect(glossary.stored().ownTerms.map((term) => term.id)).toEqual(['torkham-2']);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    type(/^Summary/, 'Edited.');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(glossary.stored().ownTerms[0]?.summary).toBe('Edited.'));

    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(glossary.stored().ownTerms).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted "Torkham".');
    expect(glossary.stored().ownTerms).toEqual([]);
  });

  test('a bad file is refused with the errors naming entry and field, and nothing changes', async () => {
    const mine = entry('mine');
    const glossary = await renderOptions({ ownTerms: [mine], importedPacks: [] });
    const bad = pack('bad-pack', [{ ...entry('broken'), summary: '' }]);
    fireEvent.change(screen.getByLabelText('Import a glossary file (JSON)'), { target: { files: [jsonFile(bad)] } });
    const errors = await screen.findByTestId('import-errors');
    expect(errors.textContent).toContain('Nothing was imported');
    expect(errors.textContent).toContain('entry "broken" (entries[0]).summary: must not be empty');
    expect(glossary.stored()).toEqual({ ownTerms: [mine], importedPacks: [] });
  });

  test('an import that would replace own terms asks first', async () => {
    const mine = entry('mine', { term: 'Mine' });
    const glossary = await renderOptions({ ownTerms: [mine], importedPacks: [] });
    const file = jsonFile(pack('my-terms', [{ ...mine, summary: 'From the file.' }]));
    fireEvent.change(screen.getByLabelText('Import a glossary file (JSON)'), { target: { files: [file] } });
    const step = await screen.findByRole('group', { name: 'Replace what you have?' });
    expect(step.textContent).toContain('Your term "Mine" is replaced');
    fireEvent.click(within(step).getByRole('button', { name: "Don't import" }));
    expect(glossary.stored().ownTerms[0]?.summary).toBe('About mine.');

    fireEvent.change(screen.getByLabelText('Import a glossary file (JSON)'), { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import and replace' }));
    await screen.findByText(/1 of your terms replaced/);
    expect(glossary.stored().ownTerms[0]?.summary).toBe('From the file.');
  });

  test('export downloads the whole glossary as a JSON file', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:x'));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('backstory-glossary-2026-11-28.json');
    });
    const glossary = await renderOptions({ ownTerms: [entry('mine')], importedPacks: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(await created[0]!.text()).toBe(await glossary.api.exportFile());
    vi.restoreAllMocks();
  });
});
