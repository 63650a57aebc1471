import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../../lib/abbreviations';

describe('findDefinitions ignores', () => {
  it.each([
    ['a year', 'The report was published (2023) in Islamabad.'],
    ['a dateline agency', 'KABUL (AP) — Officials said on Monday that talks would resume.'],
    ['a source', 'ISLAMABAD (Reuters) - Pakistan said on Tuesday it would reopen the crossing.'],
    ['a photo note', 'The minister (pictured) spoke to reporters.'],
    ['a parenthesised clause', 'The TTP (which has ties to al-Qaeda) denied it.'],
    ['a party and state label', 'Sen. Dianne Feinstein (D-Calif.) said the vote would wait.'],
    ['a stock ticker', 'Apple (NYSE: AAPL) shares rose.'],
    ['a Roman numeral', 'by its resolution 174 (II), the Assembly set up the Commission'],
    ['an acronym no word before it spells', 'Aid arrived on Monday (UNHCR).'],
    ['a long form that only spells it from inside one short word', 'They met in a council chamber (CB).'],
    ['a long form that repeats the short form', 'Members of the TTP group (TTP) were held.'],
    ['a person before a party', 'Prime Minister Shehbaz Sharif (PML-N) said the talks would go on.'],
    ['a leader named after her party', 'Pakistan Muslim League leader Maryam Nawaz (PML-N) said so.'],
    ['an entry of "=" that does not spell its short form, alone', 'Note: DE = Germany.'],
    ['an apposition that is not a name', 'The TTP, the group behind the attack, said so.'],
    ['"or" before a word that merely starts with capitals', 'Attacks in Iraq and Syria, or IS-held areas, fell.'],
    ['lower-case and one-capital brackets', 'They work more on their repositories (owners) than on forks (Fig. 2).'],
    ['formula brackets', 'H2)]+(14)s.t. (1), (4). Similarly (h, v) and (S-iii)'],
  ])('%s', (_behaviour, text) => {
    expect(findDefinitions(text)).toEqual([]);
  });
});
