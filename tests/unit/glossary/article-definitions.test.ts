import { describe, expect, test } from 'vitest';
import { entry, fakeGlossary, pack } from './fake-glossary';

const builtin = [
  pack('south-asia', [
    entry('ttp', {
      term: 'Tehreek-e-Taliban Pakistan (TTP)',
      aliases: [{ text: 'TTP', cues: ['Taliban', 'Pakistan'] }, 'Tehreek-e-Taliban Pakistan'],
    }),
  ]),
];

describe("an article's own definitions", () => {
  test('confirm the glossary entry they name, and are reported for the card', async () => {
    const { service } = fakeGlossary(builtin);
    const result = await service.matchBlocks([
      'It referred to Tehreek-e-Taliban\u00a0Pakistan (TTP).',
      'The TTP denied it.',
    ]);
    expect(result.definitions).toEqual([
      { short: 'TTP', long: 'Tehreek-e-Taliban Pakistan', entryId: 'ttp', pageOnly: false },
    ]);
    expect(result.matches.map((match) => match[3])).toEqual(['ttp', 'ttp', 'ttp']);
  });

  test('win over the glossary on their page: TTP on a medical page is the blood disorder', async () => {
    const { service } = fakeGlossary(builtin);
    const result = await service.matchBlocks(
      ['Thrombotic thrombocytopenic purpura (TTP) is a rare blood disorder.', 'TTP is treated with plasma exchange.'],
      {},
      'https://health.example/ttp',
    );
    expect(result.definitions).toEqual([
      { short: 'TTP', long: 'Thrombotic thrombocytopenic purpura', entryId: 'page-ttp', pageOnly: true },
    ]);
    expect(new Set(result.matches.map((match) => match[3]))).toEqual(new Set(['page-ttp']));
    const card = result.entries.find((e) => e.id === 'page-ttp')!;
    expect(card.summary).toBe('This article defines TTP as “Thrombotic thrombocytopenic purpura”.');
    expect(card.sources[0]!.url).toBe('https://health.example/ttp');
  });

  test('a term only the article explains is underlined where it recurs', async () => {
    const { service } = fakeGlossary(builtin);
    const result = await service.matchBlocks([
      'The National Counter Terrorism Authority (NACTA) met.',
      'NACTA said the plan was ready.',
    ]);
    expect(result.matches.map(([block, , , id]) => [block, id])).toEqual([
      [0, 'page-nacta'],
      [0, 'page-nacta'],
      [1, 'page-nacta'],
    ]);
  });
});
