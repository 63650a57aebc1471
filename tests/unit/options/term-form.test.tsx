import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TermForm } from '../../../components/options/TermForm';
import type { Entry } from '../../../lib/glossary/schema';
import { entry } from '../glossary/fake-glossary';

const TODAY = '2026-11-28';

function renderForm(props: { base?: Entry; save?: (entry: Entry) => Promise<never> } = {}) {
  const save = vi.fn(props.save ?? (async (saved: Entry) => ({ ok: true as const, entry: saved })));
  const onSaved = vi.fn();
  const newId = vi.fn(async (term: string) => `${term.toLowerCase().replace(/\s+/g, '-')}-2`);
  render(<TermForm base={props.base} today={TODAY} newId={newId} save={save} onSaved={onSaved} onCancel={vi.fn()} />);
  return { save, onSaved, newId };
}

const field = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
const type = (label: string | RegExp, value: string) => fireEvent.input(field(label), { target: { value } });
const submit = () => fireEvent.submit(screen.getByRole('form'));
/** The error shown under a field: the text its aria-describedby points at, hint excluded. */
const errorOf = (label: string | RegExp) => document.getElementById(`${field(label).id}-error`)?.textContent ?? null;

function fillValid() {
  type(/^Name/, 'Regional connectivity');
  type(/^Spellings/, 'regional connectivity\nconnectivity corridor');
  type(/^Summary/, 'Road, rail and trade links between neighbouring countries.');
  type(/^Source address/, 'https://example.org/connectivity');
}

describe('the own-term form', () => {
  afterEach(cleanup);

  test('an empty form is not saved: each required field says what is wrong, and focus goes to the first', async () => {
    const { save } = renderForm();
    submit();
    await waitFor(() => expect(errorOf(/^Name/)).toBe('Must not be empty'));
    expect(errorOf(/^Summary/)).toBe('Must not be empty');
    expect(errorOf(/^Source address/)).toBe('Must be a URL');
    expect(errorOf(/^Details/)).toBeNull();
    expect(field(/^Name/).getAttribute('aria-invalid')).toBe('true');
    expect(field(/^Name/).getAttribute('aria-describedby')).toContain('term-term-error');
    expect(document.activeElement).toBe(field(/^Name/));
    expect(screen.getByRole('alert').textContent).toMatch(/3 fields need attention/);
    expect(save).not.toHaveBeenCalled();
  });

  test('after a failed save, errors follow the reader as they type', async () => {
    renderForm();
    submit();
    await waitFor(() => expect(errorOf(/^Name/)).not.toBeNull());
    type(/^Name/, 'Kabul');
    expect(errorOf(/^Name/)).toBeNull();
    type(/^Source address/, 'javascript:alert(1)');
    expect(errorOf(/^Source address/)).toBe('Must be an http or https URL');
  });

  test.each([
    [
      /^Events/,
      '2023-02-22 Talks.\nlast Friday something',
      'Line 2: the date must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [/^Events/, '2023-02-30 Talks.', 'Line 1: the date is not a real calendar date'],
    [/^Spellings/, `ok\n${'x'.repeat(121)}`, 'Line 2: must be at most 120 characters'],
    [/^Summary/, 's'.repeat(301), 'Must be at most 300 characters'],
  ])('%s with "%s" shows "%s" under that field', async (label, value, message) => {
    renderForm();
    fillValid();
    type(label, value);
    submit();
    await waitFor(() => expect(errorOf(label)).toBe(message));
  });

  test('a valid new term is saved with an id made from its name, its spellings one per line, dated today', async () => {
    const { save, onSaved, newId } = renderForm();
    fillValid();
    submit();
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(newId).toHaveBeenCalledWith('Regional connectivity');
    expect(save).toHaveBeenCalledWith({
      id: 'regional-connectivity-2',
      term: 'Regional connectivity',
      aliases: ['regional connectivity', 'connectivity corridor'],
      kind: 'concept',
      summary: 'Road, rail and trade links between neighbouring countries.',
      sources: [{ url: 'https://example.org/connectivity' }],
      asOf: TODAY,
      events: [],
      related: [],
    });
  });

  test('editing keeps the id and shows what the service refused', async () => {
    const base = entry('my-term', { kind: 'place' });
    const refuse = async () => ({ ok: false as const, errors: ['storage is full'] }) as never;
    const { save } = renderForm({ base, save: refuse });
    expect(field(/^Name/).value).toBe('MY-TERM');
    expect((screen.getByLabelText('Kind') as HTMLSelectElement).value).toBe('place');
    type(/^Summary/, 'Changed.');
    submit();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('storage is full'));
    expect(save.mock.calls[0]![0]).toMatchObject({ id: 'my-term', summary: 'Changed.', kind: 'place' });
  });
});
