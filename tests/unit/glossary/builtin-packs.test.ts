import { describe, expect, test } from 'vitest';
import { validatePack } from '../../../lib/glossary/validate-pack';
import { readBuiltinPackFiles } from './fake-glossary';

describe('built-in packs', () => {
  test.each(readBuiltinPackFiles())('$file validates against the pack schema', ({ json }) => {
    const result = validatePack(json);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  test.each(readBuiltinPackFiles())('$file: related ids point at entries that exist', ({ json }) => {
    const all = new Set(
      readBuiltinPackFiles().flatMap(({ json: p }) =>
        (p as { entries: Array<{ id: string }> }).entries.map((e) => e.id),
      ),
    );
    const dangling = (json as { entries: Array<{ id: string; related?: string[] }> }).entries.flatMap((e) =>
      (e.related ?? []).filter((id) => !all.has(id)).map((id) => `${e.id} -> ${id}`),
    );
    expect(dangling).toEqual([]);
  });
});
