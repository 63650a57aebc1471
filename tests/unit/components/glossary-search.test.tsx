import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { GlossarySearch } from '../../../components/GlossarySearch';
import { entry } from '../glossary/fake-glossary';

afterEach(cleanup);

const torkham = entry('torkham', {
  term: 'Torkham',
  kind: 'place',
  summary: 'The main border crossing between Pakistan and Afghanistan.',
  details: 'On the road from Peshawar to Jalalabad.',
  aliases: ['Torkham', 'Torkham border'],
});
const landiKotal = entry('landi-kotal', { term: 'Landi Kotal', kind: 'place' });

describe('searching the glossary', () => {
  test('shows what the background finds, the best match in full, and says which are on the page', async () => {
    const search = vi.fn(async () => [torkham, landiKotal]);
    render(<GlossarySearch search={search} onPage={new Set(['torkham'])} />);
    fireEvent.input(screen.getByRole('searchbox', { name: /Any name or acronym/ }), { target: { value: 'Torkam' } });
    await screen.findByText('2 entries match “Torkam”.');
    expect(search).toHaveBeenCalledWith('Torkam');
    const [best, other] = screen.getAllByRole('listitem', { name: '' }).filter((li) => li.dataset.entryId);
    expect(within(best!).getByRole('heading', { name: 'Torkham' })).toBeTruthy();
    expect(within(best!).getByText('Place · on this page')).toBeTruthy();
    expect(within(best!).getByText('On the road from Peshawar to Jalalabad.')).toBeTruthy();
    expect(
      within(other!)
        .getByRole('button', { name: /More about Landi Kotal/ })
        .getAttribute('aria-expanded'),
    ).toBe('false');
  });

  test('asks once per pause in typing, and says when nothing matches', async () => {
    const search = vi.fn(async () => []);
    render(<GlossarySearch search={search} onPage={new Set()} />);
    const box = screen.getByRole('searchbox');
    for (const value of ['T', 'Te', 'Teh', 'Tehrik Taliban']) fireEvent.input(box, { target: { value } });
    await screen.findByText('Nothing in the glossary matches “Tehrik Taliban”.');
    expect(search.mock.calls).toEqual([['Tehrik Taliban']]);
  });
});
