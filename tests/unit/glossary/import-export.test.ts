import { describe, expect, test } from 'vitest';
import { entry, fakeGlossary, pack } from './fake-glossary';

const builtin = [pack('south-asia', [entry('ttp'), entry('iskp')])];

describe('import and export', () => {
  test('export then import gives back the same glossary', async () => {
    const original = fakeGlossary(builtin, {
      ownTerms: [entry('mine', { summary: 'Mine.' })],
      importedPacks: [pack('extra', [entry('extra-term')])],
    });
    const file = await original.service.exportFile();
    const fresh = fakeGlossary(builtin);
    const result = await fresh.service.importFile(file);
    expect(result).toMatchObject({
      ok: true,
      summary: { ownTermsAdded: 1, packsImported: ['extra'], builtinSkipped: ['south-asia'] },
    });
    expect(fresh.stored()).toEqual(original.stored());
    expect(await fresh.service.exportFile()).toBe(file);
  });

  test.each([
    ['not JSON', '{ "id": ', /not valid JSON/],
    [
      'wrong types',
      JSON.stringify({ ...pack('p', []), entries: [{ ...entry('a'), kind: 42 }] }),
      /entry "a" \(entries\[0\]\)\.kind/,
    ],
    [
      'a missing source',
      JSON.stringify(pack('p', [{ ...entry('a'), sources: [] }])),
      /entry "a" \(entries\[0\]\)\.sources: needs at least one source/,
    ],
    ['duplicate ids', JSON.stringify(pack('p', [entry('a'), entry('a')])), /entries\[1\]\): duplicate id "a"/],
    [
      'a javascript: source',
      JSON.stringify(pack('p', [{ ...entry('a'), sources: [{ url: 'javascript:alert(1)' }] }])),
      /sources\[0\]\.url/,
    ],
    [
      'an impossible date',
      JSON.stringify(pack('p', [{ ...entry('a'), events: [{ date: '2023-02-30', text: 'x' }] }])),
      /events\[0\]\.date: is not a real calendar date/,
    ],
    ['an empty bundle', JSON.stringify({ packs: [] }), /no pack/],
  ])('a file with %s is refused with an error that names it, and nothing changes', async (_name, text, error) => {
    const { service, saved } = fakeGlossary(builtin, { ownTerms: [entry('mine')], importedPacks: [] });
    const result = await service.importFile(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(error);
    expect(saved).toEqual([]);
    expect((await service.ownTerms()).map((e) => e.id)).toEqual(['mine']);
  });

  test('HTML in fields stays text, and __proto__ keys pollute nothing', async () => {
    const hostile = `{"id":"p","name":"<img src=x onerror=alert(1)>","version":"1.0.0","language":"en","__proto__":{"polluted":true},
      "entries":[{"id":"a","term":"<script>alert(1)</script>","aliases":["A"],"kind":"group","summary":"<b>bold</b>",
      "sources":[{"url":"https://example.org/"}],"asOf":"2026-11-28","__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}]}`;
    const { service } = fakeGlossary(builtin);
    const result = await service.importFile(hostile);
    expect(result.ok).toBe(true);
    const imported = await service.getEntry('a');
    expect(imported?.term).toBe('<script>alert(1)</script>');
    expect(Object.keys(imported!)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  test('a 10 MB pack imports whole', async () => {
    const entries = Array.from({ length: 9000 }, (_, i) => entry(`term-${i}`, { details: 'x'.repeat(1000) }));
    const text = JSON.stringify(pack('big', entries));
    expect(text.length).toBeGreaterThan(10_000_000);
    const { service } = fakeGlossary(builtin);
    const result = await service.importFile(text);
    expect(result).toMatchObject({ ok: true, summary: { packsImported: ['big'] } });
    expect((await service.listPacks()).find((p) => p.id === 'big')?.entries).toBe(9000);
  });

  test('a file over 20 MB is refused before it is parsed', async () => {
    const { service, saved } = fakeGlossary(builtin);
    const result = await service.importFile(' '.repeat(21 * 1024 * 1024));
    expect(result).toEqual({ ok: false, errors: ['The file is larger than 20 MB.'] });
    expect(saved).toEqual([]);
  });
});
