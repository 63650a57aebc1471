import { describe, expect, it } from 'vitest';
import { datesIn, THURSDAY } from './dates-in';

describe('a date written in full', () => {
  it.each([
    ['Kabul fell to the Taliban on 15 August 2021.', 'on 15 August 2021', '2021-08-15', undefined, 'day'],
    ['Kabul fell to the Taliban on August 15, 2021.', 'on August 15, 2021', '2021-08-15', undefined, 'day'],
    ['The filing is dated 2023-02-17.', '2023-02-17', '2023-02-17', undefined, 'day'],
    ['The Taliban returned to power in August 2021.', 'in August 2021', '2021-08', undefined, 'month'],
    ['The group was founded in 2007.', 'in 2007', '2007', undefined, 'year'],
    ['Attacks have risen since 2019.', 'since 2019', '2019', undefined, 'year'],
    ['The fence was finished in mid-2021.', 'in mid-2021', '2021', undefined, 'year'],
    ['Floods hit the valley in the summer of 2022.', 'in the summer of 2022', '2022', undefined, 'year'],
    ['The first Taliban government ruled from 1996 to 2001.', 'from 1996 to 2001', '1996', '2001', 'range'],
    ['A census ran between 2014 and 2016.', 'between 2014 and 2016', '2014', '2016', 'range'],
    ['The 2014-16 military operation displaced thousands.', '2014-16', '2014', '2016', 'range'],
    ['The group grew in the 1990s.', 'the 1990s', '1990', '1999', 'range'],
    ['The story began in the year 2000.', 'in the year 2000', '2000', undefined, 'year'],
    ['Envoys met on 15-17 August 2021 in Doha.', 'on 15-17 August 2021', '2021-08-15', '2021-08-17', 'range'],
  ])('keeps its own precision: %s', (text, expression, date, end, precision) => {
    expect(datesIn(text, THURSDAY)).toEqual([{ expression, date, end, precision, uncertain: false }]);
  });

  it('resolves without a publication date', () => {
    expect(datesIn('Kabul fell on 15 August 2021, and the group was founded in 2007.', null)).toMatchObject([
      { date: '2021-08-15', precision: 'day' },
      { date: '2007', precision: 'year' },
    ]);
  });
});
