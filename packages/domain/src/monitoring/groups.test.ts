import { describe, expect, it } from 'vitest';
import { ageBand, type CustomerProfile, customerGroups } from './groups';
import { groupLabel } from './labels';

const asOf = '2026-06-30';
const customer = (overrides: Partial<CustomerProfile> = {}): CustomerProfile => ({
  preferredLanguage: 'PL',
  preferredFormat: 'large_print',
  dateOfBirth: '1980-03-15',
  accessNeedKinds: [],
  equality: null,
  ...overrides,
});

describe('customerGroups', () => {
  it('puts a customer without consent in "not recorded" for every equality question', () => {
    expect(customerGroups(customer(), asOf)).toEqual([
      { dimension: 'language', group: 'pl' },
      { dimension: 'format', group: 'large_print' },
      { dimension: 'access_need', group: 'none' },
      { dimension: 'age_band', group: '45-54' },
      { dimension: 'disability', group: 'not_recorded' },
      { dimension: 'ethnicity', group: 'not_recorded' },
      { dimension: 'religion', group: 'not_recorded' },
      { dimension: 'sex', group: 'not_recorded' },
      { dimension: 'sexual_orientation', group: 'not_recorded' },
    ]);
  });

  it('uses consented answers: null is prefer not to say, a question not asked is not recorded', () => {
    const groups = customerGroups(
      customer({
        accessNeedKinds: ['vulnerability', 'interpreter', 'vulnerability'],
        equality: {
          ethnicity: 'black',
          religion: null,
          sex: 'prefer_not_to_say',
          disability: 'yes',
        },
      }),
      asOf,
    );
    expect(groups.filter((g) => g.dimension === 'access_need').map((g) => g.group)).toEqual([
      'interpreter',
      'vulnerability',
    ]);
    expect(Object.fromEntries(groups.slice(5).map((g) => [g.dimension, g.group]))).toEqual({
      disability: 'yes',
      ethnicity: 'black',
      religion: 'prefer_not_to_say',
      sex: 'prefer_not_to_say',
      sexual_orientation: 'not_recorded',
    });
  });
});

describe('ageBand', () => {
  it.each([
    ['2002-07-01', '16-24'],
    ['2001-07-01', '16-24'],
    ['2001-06-30', '25-34'],
    ['1961-06-30', '65-74'],
    ['1951-07-01', '65-74'],
    ['1951-06-30', '75+'],
    ['2015-01-01', 'not_recorded'],
    [null, 'not_recorded'],
  ])('born %s is in %s on 30 June 2026', (dateOfBirth, band) => {
    expect(ageBand(dateOfBirth, asOf)).toBe(band);
  });

  it('counts a 29 February birthday as reached on 1 March', () => {
    expect(ageBand('2000-02-29', '2025-02-28')).toBe('16-24');
    expect(ageBand('2000-02-29', '2025-03-01')).toBe('25-34');
  });
});

describe('groupLabel', () => {
  it('names languages in English, with British Sign Language for bfi', () => {
    expect(groupLabel('language', 'bfi')).toBe('British Sign Language');
    expect(groupLabel('language', 'pl')).toBe('Polish');
    expect(groupLabel('language', 'not a tag!')).toBe('not a tag!');
  });

  it('gives words for every kind of group', () => {
    expect(groupLabel('format', 'easy_read')).toBe('Easy read');
    expect(groupLabel('access_need', 'none')).toBe('No access needs recorded');
    expect(groupLabel('access_need', 'hearing_loop')).toBe('Hearing loop');
    expect(groupLabel('age_band', '25-34')).toBe('25 to 34');
    expect(groupLabel('age_band', '75+')).toBe('75 and over');
    expect(groupLabel('ethnicity', 'mixed')).toBe('Mixed or multiple ethnic groups');
    expect(groupLabel('sexual_orientation', 'gay_or_lesbian')).toBe('Gay or lesbian');
    expect(groupLabel('religion', 'not_recorded')).toBe('Not recorded');
    expect(groupLabel('sex', 'prefer_not_to_say')).toBe('Prefer not to say');
  });
});
