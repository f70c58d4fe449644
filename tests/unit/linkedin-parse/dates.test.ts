// Dates as LinkedIn shows them in its interface languages, split and normalised with Intl's month names.
import { describe, expect, it } from 'vitest';
import { splitRange, toMonth } from '../../../utils/extract/linkedin-parse/dates';

describe('toMonth', () => {
  it.each([
    ['Jan 2020', '2020-01'],
    ['January 2020', '2020-01'],
    ['jan. de 2020', '2020-01'],
    ['ene. de 2020', '2020-01'],
    ['janv. 2020', '2020-01'],
    ['März 2019', '2019-03'],
    ['mag 2018', '2018-05'],
    ['okt. 2017', '2017-10'],
    ['2020年1月', '2020-01'],
    ['2020년 3월', '2020-03'],
    ['Eyl 2021', '2021-09'],
    ['wrz 2021', '2021-09'],
    ['września 2021', '2021-09'],
    ['Agu 2022', '2022-08'],
    ['Mei 2022', '2022-05'],
    ['2019', '2019'],
    ['Issued Jun 2020', '2020-06'],
  ])('%s → %s', (shown, month) => {
    expect(toMonth(shown)).toBe(month);
  });

  it.each(['Present', 'o momento', 'heute', 'actualidad', 'aujourd’hui', '現在', '至今', '현재', 'Günümüz', 'obecnie', 'sekarang'])('"%s" is still there (null)', (shown) => {
    expect(toMonth(shown)).toBeNull();
  });

  it('gives "" when the page shows no date or no year', () => {
    expect([toMonth(''), toMonth('3 yrs'), toMonth('Full-time')]).toEqual(['', '', '']);
  });
});

describe('splitRange', () => {
  it('splits a range and drops the duration', () => {
    expect(splitRange('jan. de 2020 – o momento · 6 anos')).toEqual(['jan. de 2020', 'o momento']);
    expect(splitRange('Oct 2019 - Dec 2022 · 3 yrs 3 mos')).toEqual(['Oct 2019', 'Dec 2022']);
    expect(splitRange('2019')).toEqual(['2019', '']);
  });
});
