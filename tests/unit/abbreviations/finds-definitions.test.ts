import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../../lib/abbreviations';

const pairs = (text: string): string[] => findDefinitions(text).map((d) => `${d.short} = ${d.long}`);

describe('findDefinitions finds', () => {
  it.each([
    // Brackets, both orders
    [
      'TTP defined after its long form',
      'Officials blamed Tehreek-e-Taliban Pakistan (TTP) for it.',
      'TTP = Tehreek-e-Taliban Pakistan',
    ],
    [
      'a short form defined before its long form',
      'The TTP (Tehreek-e-Taliban Pakistan) denied it.',
      'TTP = Tehreek-e-Taliban Pakistan',
    ],
    [
      'a bracket that names the short form',
      'Tehreek-e-Taliban Pakistan (hereinafter “TTP”) said',
      'TTP = Tehreek-e-Taliban Pakistan',
    ],
    [
      'a bracket right after the word',
      'the International Monetary Fund(IMF) said',
      'IMF = International Monetary Fund',
    ],
    // The forms news writing uses
    [
      ', or',
      'Fighters of the Islamic State Khorasan Province, or ISKP, claimed it.',
      'ISKP = Islamic State Khorasan Province',
    ],
    [
      ', known as',
      'The Islamic State Khorasan Province, known as ISKP, claimed it.',
      'ISKP = Islamic State Khorasan Province',
    ],
    [
      'a dash and "or"',
      'The Islamic State Khorasan Province — or ISKP — claimed it.',
      'ISKP = Islamic State Khorasan Province',
    ],
    [
      'the short form first, then ", the"',
      'ISKP, the Islamic State Khorasan Province, claimed it.',
      'ISKP = Islamic State Khorasan Province',
    ],
    [
      'a list of "SF = long form"',
      'Abbreviations: ISI = Inter-Services Intelligence; JuA = Jamaat-ul-Ahrar.',
      'ISI = Inter-Services Intelligence',
      'JuA = Jamaat-ul-Ahrar',
    ],
    [
      'every entry of a legend, once most of its entries spell their short forms',
      'Members: CY = Cyprus; CZ = Czechia; DE = Germany; DK = Denmark; EE = Estonia.',
      'CY = Cyprus',
      'CZ = Czechia',
      'DE = Germany',
      'DK = Denmark',
      'EE = Estonia',
    ],
    [
      'no formula from a legend',
      'where GEF = Global Environment Facility; IMF = International Monetary Fund; CN = 0.8 QS + 0.2 QS',
      'GEF = Global Environment Facility',
      'IMF = International Monetary Fund',
    ],
    // How short forms are made
    [
      'a name whose acronym comes from another order or language',
      'the United Nations Population Fund (UNFPA) and the United Nations Mission for the Referendum in Western Sahara (MINURSO)',
      'UNFPA = United Nations Population Fund',
      'MINURSO = United Nations Mission for the Referendum in Western Sahara',
    ],
    [
      'such a name sharing four letters or more, whatever its last word',
      'the United Nations Online Network in Public Administration and Finance (UNPAN)',
      'UNPAN = United Nations Online Network in Public Administration and Finance',
    ],
    [
      'a year written whole after a long name',
      'the United Nations Framework Classification for Fossil Energy and Mineral Reserves and Resources 2009 (UNFC-2009)',
      'UNFC-2009 = United Nations Framework Classification for Fossil Energy and Mineral Reserves and Resources 2009',
    ],
    [
      'the title before such a name left out',
      'a Report of the Permanent Committee on Spatial Data Infrastructure for the Americas (PC-IDEA)',
      'PC-IDEA = Permanent Committee on Spatial Data Infrastructure for the Americas',
    ],
    [
      'letters from the parts of hyphenated names',
      'head of the Inter-Services Intelligence (ISI) agency',
      'ISI = Inter-Services Intelligence',
    ],
    [
      'transliterated names, their joining particles skipped',
      'Jamaat-ul-Ahrar (JuA) claimed it',
      'JuA = Jamaat-ul-Ahrar',
    ],
    [
      'small words skipped',
      'the Organisation of Islamic Cooperation (OIC) said',
      'OIC = Organisation of Islamic Cooperation',
    ],
    [
      'a plural short form',
      'aid from non-governmental organisations (NGOs) arrived',
      'NGOs = non-governmental organisations',
    ],
    ['a number spelled as a word', 'leaders of the Group of Seven (G7) met', 'G7 = Group of Seven'],
    ['a number written as digits', 'the Group of 20 (G20) met', 'G20 = Group of 20'],
    ['letters taken from inside words', 'a Doctor of Philosophy (DPhil) from Oxford', 'DPhil = Doctor of Philosophy'],
    ['a capital inside a word', 'the PakVac (Pakistan Vaccine) programme', 'PakVac = Pakistan Vaccine'],
    [
      'a long chemical name spelled from inside',
      'use of chlorofluorocarbons (CFCs) fell',
      'CFCs = chlorofluorocarbons',
    ],
    [
      'a word written whole into the short form',
      'the National Authority for Flood Relief and Water (NA-Water)',
      'NA-Water = National Authority for Flood Relief and Water',
    ],
    [
      'a long form with a comma',
      'the United Nations Educational, Scientific and Cultural Organization (UNESCO)',
      'UNESCO = United Nations Educational, Scientific and Cultural Organization',
    ],
    // Where the long form starts and ends
    [
      'the shortest long form that spells it',
      'workers of the Pakistan People’s Party (PPP) cheered',
      'PPP = Pakistan People’s Party',
    ],
    [
      'no word left over after the long form',
      'the Inter-Services Intelligence agency (ISI) said',
      'ISI = Inter-Services Intelligence',
    ],
    [
      'the rest of a capitalised name after its last useful word',
      'the International Rehabilitation Council for Torture Victims (IRCT) said',
      'IRCT = International Rehabilitation Council for Torture Victims',
    ],
    [
      'not another acronym after the name',
      'the International Trade Centre UNCTAD/WTO (ITC) said',
      'ITC = International Trade Centre',
    ],
    [
      'a list of acronyms before the name left out',
      'the UNHCR, WFP and the United Nations Population Fund (UNFPA)',
      'UNFPA = United Nations Population Fund',
    ],
    [
      'not an acronym listed before it',
      'support for LDCs, landlocked developing countries (LLDCs) and others',
      'LLDCs = landlocked developing countries',
    ],
    ['no possessive ending', 'the Pakistan Muslim League’s (PML) leader', 'PML = Pakistan Muslim League'],
    ['no quotes around the long form', 'the “Pakistan Peoples Party” (PPP) said', 'PPP = Pakistan Peoples Party'],
    ['non-breaking spaces', 'Tehreek-e-Taliban\u00a0Pakistan\u00a0(TTP) said', 'TTP = Tehreek-e-Taliban\u00a0Pakistan'],
  ])('%s', (_behaviour, text, ...expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('every definition in a text, in order', () => {
    const text = 'The Pakistan Army (PA) and the Pakistan Air Force (PAF) met Lashkar-e-Jhangvi (LeJ) envoys.';
    expect(pairs(text)).toEqual(['PA = Pakistan Army', 'PAF = Pakistan Air Force', 'LeJ = Lashkar-e-Jhangvi']);
  });
});
