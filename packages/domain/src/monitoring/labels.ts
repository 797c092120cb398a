import type { WrittenFormat } from '../access-needs/vocabulary';
import { type GroupDimension, NO_ACCESS_NEED, NOT_RECORDED, PREFER_NOT_TO_SAY } from './groups';

export const dimensionLabels: Record<GroupDimension, string> = {
  language: 'Preferred language',
  format: 'Written format',
  access_need: 'Access need',
  age_band: 'Age band',
  disability: 'Disability',
  ethnicity: 'Ethnic group',
  religion: 'Religion or belief',
  sex: 'Sex',
  sexual_orientation: 'Sexual orientation',
};

export const formatLabels: Record<WrittenFormat, string> = {
  standard: 'Standard print',
  large_print: 'Large print',
  braille: 'Braille',
  audio: 'Audio',
  easy_read: 'Easy read',
  email: 'Accessible document by email',
};

const accessNeedLabels: Record<string, string> = {
  interpreter: 'Needs an interpreter',
  relay_uk: 'Uses Relay UK',
  extra_time: 'Needs extra time',
  visit_adjustment: 'Adjustments at the door',
  preferred_staff_gender: 'Prefers a member of staff of one gender',
  unavailable_weekly: 'Regular times they cannot do',
  unavailable_date: 'Dates they cannot do',
  vulnerability: 'Vulnerability recorded',
  [NO_ACCESS_NEED]: 'No access needs recorded',
};

const answerLabels: Partial<Record<GroupDimension, Record<string, string>>> = {
  ethnicity: {
    asian: 'Asian or Asian British',
    black: 'Black, Black British, Caribbean or African',
    mixed: 'Mixed or multiple ethnic groups',
    white: 'White',
    other: 'Another ethnic group',
  },
  religion: {
    none: 'No religion',
    christian: 'Christian',
    buddhist: 'Buddhist',
    hindu: 'Hindu',
    jewish: 'Jewish',
    muslim: 'Muslim',
    sikh: 'Sikh',
    other: 'Another religion or belief',
  },
  sex: { female: 'Female', male: 'Male' },
  sexual_orientation: {
    straight: 'Straight or heterosexual',
    gay_or_lesbian: 'Gay or lesbian',
    bisexual: 'Bisexual',
    other: 'Another sexual orientation',
  },
  disability: { yes: 'Disabled', no: 'Not disabled' },
  format: formatLabels,
  access_need: accessNeedLabels,
};

/** Sign languages have codes ICU may not name. */
const languageOverrides: Record<string, string> = {
  bfi: 'British Sign Language',
  ise: 'Irish Sign Language',
};

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

const languageLabel = (tag: string): string => {
  const override = languageOverrides[tag];
  if (override) return override;
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    // A stored tag that is not BCP 47 is shown as it was recorded rather than hiding the group.
    return tag;
  }
};

const words = (code: string): string => {
  const spaced = code.replaceAll('_', ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

/** Words for a group, e.g. ('language', 'bfi') → "British Sign Language". */
export const groupLabel = (dimension: GroupDimension, group: string): string => {
  if (group === NOT_RECORDED) return 'Not recorded';
  if (group === PREFER_NOT_TO_SAY) return 'Prefer not to say';
  if (dimension === 'language') return languageLabel(group);
  if (dimension === 'age_band') return group === '75+' ? '75 and over' : group.replace('-', ' to ');
  return answerLabels[dimension]?.[group] ?? words(group);
};
