import type { HistoryBatch, HistoryContext, PatchPeople } from './types';

type Weights = { value: string; weight: number }[];
const w = (pairs: Record<string, number>): Weights =>
  Object.entries(pairs).map(([value, weight]) => ({ value, weight }));

/** Roughly Knowsley's census mix, shifted for customers who prefer another language. */
const ethnicityByLanguage: Record<string, Weights> = {
  en: w({ white: 93, mixed: 2.2, asian: 1.8, black: 1.5, other: 1.5 }),
  central_european: w({ white: 96, other: 3, mixed: 1 }),
  ar: w({ other: 60, black: 15, asian: 10, white: 10, mixed: 5 }),
  ur: w({ asian: 95, other: 5 }),
};
const religionByLanguage: Record<string, Weights> = {
  en: w({
    christian: 62,
    none: 31,
    muslim: 1.5,
    other: 1.5,
    hindu: 0.5,
    buddhist: 0.5,
    jewish: 0.3,
    sikh: 0.2,
  }),
  central_european: w({ christian: 86, none: 12, other: 2 }),
  ar: w({ muslim: 90, christian: 5, none: 5 }),
  ur: w({ muslim: 92, none: 4, other: 4 }),
};
const sexes = w({ female: 56, male: 44 });
const orientations = w({ straight: 92, gay_or_lesbian: 3, bisexual: 2.5, other: 0.5 });
const CONSENT_SHARE = 0.4;
const PREFER_NOT_TO_SAY = 0.05;

const languageGroup = (language: string): string =>
  language === 'ar' || language === 'ur'
    ? language
    : ['pl', 'ro', 'lt', 'uk'].includes(language)
      ? 'central_european'
      : 'en';

/**
 * Equality answers for about 40% of customers, given with consent at a meeting during the
 * history; each question may be answered "prefer not to say".
 */
export function writeCharacteristics(
  ctx: HistoryContext,
  people: PatchPeople,
  batch: HistoryBatch,
) {
  const { faker, calendar, from } = ctx;
  const chance = (p: number) => faker.number.float({ max: 1 }) < p;
  for (const customer of people.customers) {
    if (!chance(CONSENT_SHARE)) continue;
    const day = calendar.workingOnOrAfter(faker.number.int({ min: from, max: calendar.today - 1 }));
    if (day === undefined || day >= calendar.today) continue;
    const consentRecordedAt = calendar.instant(day, faker.number.int({ min: 570, max: 960 }));
    const group = languageGroup(customer.preferredLanguage ?? 'en');
    const disabled = ctx.traits.accessNeed.has(customer.id) ? 0.75 : 0.22;
    const answers = [
      ['ethnicity', ethnicityByLanguage[group] ?? ethnicityByLanguage.en],
      ['religion', religionByLanguage[group] ?? religionByLanguage.en],
      ['sex', sexes],
      ['sexual_orientation', orientations],
      ['disability', w({ yes: disabled, no: 1 - disabled })],
    ] as const;
    for (const [characteristic, weights] of answers) {
      const value = chance(PREFER_NOT_TO_SAY)
        ? 'prefer_not_to_say'
        : faker.helpers.weightedArrayElement(weights ?? []);
      batch.customerCharacteristics.push({
        id: faker.string.uuid(),
        customerId: customer.id,
        characteristic,
        value,
        consentRecordedAt,
        recordedById: people.advisor.id,
        createdAt: consentRecordedAt,
      });
    }
  }
}
