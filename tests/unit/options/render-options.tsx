import { render, screen } from '@testing-library/preact';
import { OptionsPage } from '../../../components/options/OptionsPage';
import type { UserGlossary } from '../../../lib/glossary/import-glossary';
import { entry, pack } from '../glossary/fake-glossary';
import { fakeGlossaryApi } from './fake-glossary-api';

export const BUILTIN = [
  pack('south-asia', [
    entry('ttp', { term: 'Tehreek-e-Taliban Pakistan (TTP)', aliases: ['TTP'] }),
    entry('torkham', { term: 'Torkham', aliases: ['Torkham'], kind: 'place' }),
  ]),
];

/** The whole options page over fake storage (fakeBrowser) and the real glossary service in memory. */
export async function renderOptions(user?: UserGlossary) {
  const glossary = fakeGlossaryApi(BUILTIN, user);
  render(<OptionsPage api={glossary.api} today="2026-11-28" readCommands={async () => []} />);
  await screen.findByRole('heading', { level: 1 });
  return glossary;
}
