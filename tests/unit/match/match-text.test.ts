import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Entry, EntryInput } from '../../../lib/glossary/schema';
import { applyCues, buildMatchIndex, matchText } from '../../../lib/match';

function entry(id: string, aliases: EntryInput['aliases'], extra: Partial<Entry> = {}): Entry {
  return {
    id,
    term: typeof aliases[0] === 'string' ? aliases[0] : aliases[0]!.text,
    aliases,
    kind: 'group',
    summary: 's',
    sources: [{ url: 'https://example.org/' }],
    asOf: '2026-01-01',
    events: [],
    related: [],
    ...extra,
  };
}

const entries = [
  entry('ttp', [{ text: 'TTP', cues: ['Taliban', 'Pakistan'] }, 'Tehreek-e-Taliban Pakistan', 'Pakistani Taliban']),
  entry('iskp', ['ISKP', 'IS-K', 'Islamic State Khorasan Province']),
  entry('islamic-state', ['Islamic State', { text: 'IS', cues: ['jihadist', 'ISIS'] }]),
  entry('taliban', ['Taliban', 'Afghan Taliban']),
  entry('let', ['LeT', 'Lashkar-e-Taiba']),
  entry('un', ['U.N.', 'UN', 'United Nations']),
  entry('peshawar', ['Peshawar']),
  entry('al-qaeda', ['al-Qaeda']),
  entry('ngo', ['NGO']),
  entry('opec', ['OPEC']),
  entry('opec-plus', ['OPEC+']),
  entry('nine-eleven', ['9/11', 'September 11 attacks']),
  entry('jamaat-e-islami', [{ text: 'JI', cues: ['Pakistan'] }]),
  entry('jemaah-islamiyah', [{ text: 'JI', cues: ['Indonesia'] }]),
];
const index = buildMatchIndex(entries);

function found(text: string): string[] {
  return matchText(index, text).map((match) => `${match.entryId}:${text.slice(match.start, match.end)}`);
}

describe('matchText', () => {
  test.each([
    ['finds an acronym as written', 'The TTP claimed it.', ['ttp:TTP']],
    ['never matches an acronym in another case', 'the ttp and Ttp', []],
    [
      'takes the longest alias at a position',
      'Islamic State Khorasan Province fighters',
      ['iskp:Islamic State Khorasan Province'],
    ],
    ['prefers "Afghan Taliban" over "Taliban"', 'the Afghan Taliban said', ['taliban:Afghan Taliban']],
    ['matches possessives', "the TTP's leader and the Taliban’s envoy", ['ttp:TTP', 'taliban:Taliban']],
    ['matches a plural s, underlining the whole word', 'two NGOs and the NGO', ['ngo:NGOs', 'ngo:NGO']],
    [
      'matches hyphen and space variants',
      'Tehreek e Taliban Pakistan or Tehreek-e-Taliban Pakistan',
      ['ttp:Tehreek e Taliban Pakistan', 'ttp:Tehreek-e-Taliban Pakistan'],
    ],
    ['matches a hyphenated acronym', 'IS-K attacked', ['iskp:IS-K']],
    ['matches across a non-breaking space', 'Pakistani\u00a0Taliban', ['ttp:Pakistani\u00a0Taliban']],
    ['ignores diacritics', 'Peshāwar', ['peshawar:Peshāwar']],
    ['does not match inside a word', 'TTPX and XTTP and Peshawari', []],
    ["keeps a name's words together: a sentence end breaks it", 'the Pakistani. Taliban', ['taliban:Taliban']],
    ['matches before a hyphenated suffix', 'a Peshawar-based group', ['peshawar:Peshawar']],
    ['keeps mixed-case short forms exact', 'LeT said. Let it be. LET', ['let:LeT']],
    [
      'needs a capital where the alias has one',
      'the islamic state of things; ISLAMIC STATE',
      ['islamic-state:ISLAMIC STATE'],
    ],
    ['reads abbreviations with full stops', 'the U.N. Security Council', ['un:U.N']],
    ['lowercase particles stay free', 'Al-Qaeda and al Qaeda', ['al-qaeda:Al-Qaeda', 'al-qaeda:al Qaeda']],
    ['tells OPEC+ from OPEC', 'OPEC+ met; OPEC did not', ['opec-plus:OPEC+', 'opec:OPEC']],
    ['needs the slash a name is written with', 'after 9/11 and not 9 11', ['nine-eleven:9/11']],
    ['does not take a name out of a date', 'on 9/11/2023 and 19/11', []],
    ['reads a user name as one word', 'by ANIME_IS_LIFE and IS', ['islamic-state:IS']],
    ['reads non-Latin scripts as words', 'طالبان TTP 和 TTP。', ['ttp:TTP', 'ttp:TTP']],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('offsets point at the original text', () => {
    const text = 'In Peshawar, the TTP';
    for (const match of matchText(index, text))
      expect(['Peshawar', 'TTP']).toContain(text.slice(match.start, match.end));
  });
});

describe('the index, filled in as pages use it', () => {
  test('finds the same in a text whatever other texts were matched before', () => {
    const pieces = ['TTP', 'Tehreek-e-Taliban Pakistan', 'Islamic State', 'Khorasan Province', 'ISKP', 'U.N.', '9/11'];
    const glue = [' ', ', ', ' and ', "'s "];
    const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...glue)), { maxLength: 10 });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const [a, b] = [before, after].map((parts) => parts.map(([word, sep]) => word + sep).join(''));
        const fresh = buildMatchIndex(entries);
        const used = buildMatchIndex(entries);
        matchText(used, a!);
        expect(matchText(used, b!)).toEqual(matchText(fresh, b!));
        expect(matchText(used, b!)).toEqual(matchText(fresh, b!));
      }),
    );
  });
});

describe('applyCues', () => {
  test.each([
    ['keeps TTP on a page about the Pakistani Taliban', 'The TTP attacked police in Pakistan.', ['ttp']],
    ['reads a cue as the start of a word', 'Pakistani police blamed the TTP.', ['ttp']],
    ['drops TTP on a medical page', 'TTP is a rare blood disorder; TTP needs plasma exchange.', []],
    ['keeps TTP when the page names it in full', 'Tehreek-e-Taliban Pakistan, the TTP, said', ['ttp', 'ttp']],
    ['drops a bare IS with no cue', 'IS that so? IS', []],
    ['reads an acronym cue only in capitals', 'IS is here, says isis_fan and Syria-lover', []],
    ['gives a shared short form to the entry the page supports', 'JI militants in Indonesia', ['jemaah-islamiyah']],
    ['and to the first one when both are supported', 'JI, Pakistan and Indonesia', ['jamaat-e-islami']],
  ])('%s', (_name, text, expected) => {
    expect(applyCues(matchText(index, text), text).map((match) => match.entryId)).toEqual(expected);
    // The same verdicts when matchText hands over the page's words to rule cues out without a search.
    const words = new Set<string>();
    expect(applyCues(matchText(index, text, words), text, words).map((match) => match.entryId)).toEqual(expected);
  });

  test("the page's words give the same verdicts as searching the text, on any text", () => {
    const pieces = ['TTP', 'IS', 'JI', 'Pakistan', 'Pakistani', 'pakistan', 'Taliban', 'Indonesia', 'isis', 'ISIS'];
    const glue = [' ', ', ', '-', '_', '. ', "'s "];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...glue)), { maxLength: 12 }),
        (parts) => {
          const text = parts.map(([word, sep]) => word + sep).join('');
          const words = new Set<string>();
          const matches = matchText(index, text, words);
          expect(applyCues(matches, text, words)).toEqual(applyCues(matches, text));
        },
      ),
    );
  });
});
