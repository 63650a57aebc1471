import { describe, expect, test } from 'vitest';
import { createGlossaryService } from '../../../lib/glossary/glossary-service';
import { entry, fakeGlossary, pack } from './fake-glossary';

const builtin = [
  pack('south-asia', [
    entry('ttp', {
      term: 'Tehreek-e-Taliban Pakistan (TTP)',
      aliases: ['TTP', 'Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan'],
    }),
    entry('torkham', { term: 'Torkham', aliases: ['Torkham'], kind: 'place' }),
  ]),
];

describe('the glossary service', () => {
  test('matches a page and returns only the entries it hit', async () => {
    const { service } = fakeGlossary(builtin);
    const result = await service.matchBlocks(['The TTP closed nothing.', 'Torkham reopened.']);
    expect(result.matches).toEqual([
      [0, 4, 7, 'ttp'],
      [1, 0, 7, 'torkham'],
    ]);
    expect(result.entries.map((e) => e.id).sort()).toEqual(['torkham', 'ttp']);
  });

  test('keeps only the kinds asked for', async () => {
    const { service } = fakeGlossary(builtin);
    const result = await service.matchBlocks(['TTP at Torkham'], ['place']);
    expect(result.entries.map((e) => e.id)).toEqual(['torkham']);
  });

  test('a reader term wins over a built-in entry with the same id', async () => {
    const mine = entry('ttp', { summary: 'My own note.', aliases: ['TTP'] });
    const { service } = fakeGlossary(builtin, { ownTerms: [mine], importedPacks: [] });
    expect((await service.getEntry('ttp'))?.summary).toBe('My own note.');
  });

  test.each([
    ['Tehrik Taliban', 'ttp'],
    ['Torkam', 'torkham'],
  ])('fuzzy search for "%s" finds %s', async (query, id) => {
    const { service } = fakeGlossary(builtin);
    expect((await service.search(query))[0]?.id).toBe(id);
  });

  test('requests that arrive before the index is ready are answered once it is', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const service = createGlossaryService({
      loadBuiltinPacks: () => gate.then(() => builtin),
      loadUserGlossary: async () => ({ ownTerms: [], importedPacks: [] }),
      loadDisabledPacks: async () => [],
      saveUserGlossary: async () => undefined,
    });
    const early = Promise.all([service.matchBlocks(['TTP']), service.getEntry('torkham')]);
    release();
    const [matches, torkham] = await early;
    expect(matches.matches).toEqual([[0, 0, 3, 'ttp']]);
    expect(torkham?.id).toBe('torkham');
  });

  test('saving an own term validates it and names the bad field', async () => {
    const { service, saved } = fakeGlossary(builtin);
    const bad = await service.saveOwnTerm({ ...entry('mine'), sources: [] });
    expect(bad).toEqual({ ok: false, errors: [expect.stringContaining('sources')] });
    expect(saved).toHaveLength(0);
    const good = await service.saveOwnTerm(entry('mine', { aliases: ['MINE'] }));
    expect(good.ok).toBe(true);
    expect((await service.matchBlocks(['about MINE'])).entries.map((e) => e.id)).toEqual(['mine']);
    expect((await service.deleteOwnTerm('mine')).ok).toBe(true);
    expect((await service.matchBlocks(['about MINE'])).entries).toEqual([]);
  });

  test('lists the entries of one pack by name, and the reader\'s own as "my-terms"', async () => {
    const mine = entry('mine', { term: 'Alpha mine' });
    const { service } = fakeGlossary(builtin, { ownTerms: [mine], importedPacks: [] });
    expect((await service.listPackEntries('south-asia')).map((row) => row.term)).toEqual([
      'Tehreek-e-Taliban Pakistan (TTP)',
      'Torkham',
    ]);
    expect(await service.listPackEntries('my-terms')).toEqual([mine]);
    expect(await service.listPackEntries('no-such-pack')).toEqual([]);
  });

  test.each([
    [{ ownTerms: true, importedPacks: false }, [], ['extra']],
    [{ ownTerms: false, importedPacks: true }, ['mine'], []],
    [{ ownTerms: true, importedPacks: true }, [], []],
  ])('clearing %o deletes only what was asked', async (parts, ownLeft, packsLeft) => {
    const { service, stored } = fakeGlossary(builtin, {
      ownTerms: [entry('mine')],
      importedPacks: [pack('extra', [entry('extra-term')])],
    });
    await service.clearUserGlossary(parts);
    expect(stored().ownTerms.map((e) => e.id)).toEqual(ownLeft);
    expect(stored().importedPacks.map((p) => p.id)).toEqual(packsLeft);
    expect((await service.listPacks()).map((p) => p.id)).toEqual(['south-asia', ...packsLeft]);
  });
});
