import { describe, expect, test } from 'vitest';
import { createGlossaryService } from '../../../lib/glossary/glossary-service';
import type { UserGlossary } from '../../../lib/glossary/import-glossary';
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
    const result = await service.matchBlocks(['TTP at Torkham'], { kinds: ['place'] });
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

describe('when the browser refuses to store a change (its storage is full)', () => {
  const mine = entry('my-kp', { term: 'KP', aliases: ['KP'], summary: 'Khyber Pakhtunkhwa.' });

  function fullStorage() {
    return createGlossaryService({
      loadBuiltinPacks: async () => builtin,
      loadUserGlossary: async () => ({ ownTerms: [mine], importedPacks: [] }),
      loadDisabledPacks: async () => [],
      saveUserGlossary: async () => {
        throw new Error('Resource::kQuotaBytes quota exceeded');
      },
    });
  }

  test('a new term is refused with a message that says why, and the glossary is as it was', async () => {
    const service = fullStorage();
    const outcome = await service.saveOwnTerm(entry('my-fata', { aliases: ['FATA'] }));
    expect(outcome).toMatchObject({ ok: false, storage: true });
    expect(outcome.ok ? '' : outcome.errors[0]).toMatch(/storage for Backstory is full.*nothing was changed/);
    expect((await service.ownTerms()).map((e) => e.id)).toEqual(['my-kp']);
    expect((await service.matchBlocks(['FATA and KP'])).entries.map((e) => e.id)).toEqual(['my-kp']);
  });

  test('an import is refused the same way, and nothing of it is applied', async () => {
    const service = fullStorage();
    const file = JSON.stringify(pack('extra', [entry('fata', { aliases: ['FATA'] })]));
    const outcome = await service.importFile(file);
    expect(outcome).toMatchObject({ ok: false, storage: true });
    expect(await service.getEntry('fata')).toBeNull();
  });

  test('a deletion that cannot be stored keeps the term', async () => {
    const service = fullStorage();
    expect(await service.deleteOwnTerm('my-kp')).toMatchObject({ ok: false, storage: true });
    expect((await service.ownTerms()).map((e) => e.id)).toEqual(['my-kp']);
    await expect(service.clearUserGlossary({ ownTerms: true, importedPacks: true })).rejects.toThrow(/full/);
  });
});

describe('a page that rescans the moment storage changes gets the new glossary, never the old', () => {
  test('a scan that arrives while a new term is being saved waits for it and finds it', async () => {
    let stored: UserGlossary = { ownTerms: [], importedPacks: [] };
    let finishWrite!: () => void;
    const service = createGlossaryService({
      loadBuiltinPacks: async () => builtin,
      loadUserGlossary: async () => stored,
      loadDisabledPacks: async () => [],
      saveUserGlossary: async (next) => {
        stored = next;
        // The page hears of the change here, before the write's promise settles in the background.
        await new Promise<void>((resolve) => (finishWrite = resolve));
      },
    });
    await service.ready();
    const saving = service.saveOwnTerm(entry('my-fata', { aliases: ['FATA'] }));
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const scan = service.matchBlocks(['FATA was merged into the province.']);
    finishWrite();
    await saving;
    expect((await scan).entries.map((e) => e.id)).toEqual(['my-fata']);
  });

  test('a scan that saw a pack switched off is answered without that pack', async () => {
    let disabled: string[] = [];
    const service = createGlossaryService({
      loadBuiltinPacks: async () => builtin,
      loadUserGlossary: async () => ({ ownTerms: [], importedPacks: [] }),
      loadDisabledPacks: async () => disabled,
      saveUserGlossary: async () => undefined,
    });
    expect((await service.matchBlocks(['TTP'])).entries).toHaveLength(1);
    // The background has not heard of the change yet (no invalidate()); the scan's settings have.
    disabled = ['south-asia'];
    expect((await service.matchBlocks(['TTP'], { disabledPacks: ['south-asia'] })).entries).toEqual([]);
    disabled = [];
    expect((await service.matchBlocks(['TTP'], { disabledPacks: [] })).entries).toHaveLength(1);
  });
});
