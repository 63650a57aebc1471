import { describe, expect, test } from 'vitest';
import { importOverwrites } from '../../../lib/glossary/import-preview';
import { entry, pack } from './fake-glossary';

describe('what an import would overwrite', () => {
  const mine = entry('mine', { term: 'Mine' });
  const theirs = pack('region', [entry('a')]);
  const current = { ownTerms: [mine], importedPacks: [theirs] };

  test('nothing when the file holds only new things, or the same things again', () => {
    expect(importOverwrites([pack('my-terms', [mine, entry('new')]), theirs], current)).toEqual({
      ownTerms: [],
      importedPacks: [],
    });
  });

  test('own terms and imported packs the file would change, by name', () => {
    const changed = [pack('my-terms', [{ ...mine, summary: 'Other.' }]), { ...theirs, version: '2.0.0' }];
    expect(importOverwrites(changed, current)).toEqual({ ownTerms: ['Mine'], importedPacks: ['region'] });
  });
});
