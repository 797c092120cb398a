import type { AccessProfile } from '../access-needs/profile';
import type { WrittenFormat } from '../access-needs/vocabulary';
import { DomainError } from '../errors';
import type { NoticeRules } from './rules';

export type NoticeChannel = 'email' | 'sms' | 'post';

/** How a written notice reaches this customer, and how long that takes before notice runs. */
export interface NoticeDelivery {
  channel: NoticeChannel;
  format: WrittenFormat;
  /** BCP 47 tag of the language the letter is written in. */
  language: string;
  productionWorkingDays: number;
  deliveryWorkingDays: number;
  /** One line for each step that takes time, e.g. "braille letter: 5 working days to produce". */
  reasons: string[];
}

const formatNames: Record<WrittenFormat, string> = {
  standard: 'standard letter',
  email: 'email',
  large_print: 'large-print letter',
  easy_read: 'easy-read letter',
  braille: 'braille letter',
  audio: 'audio letter',
};

const languageNames = new Intl.DisplayNames(['en-GB'], { type: 'language' });

/** The language's English name, e.g. "Polish"; refuses a tag that is not a language. */
export const languageName = (tag: string): string => {
  try {
    return languageNames.of(tag) ?? tag;
  } catch (cause) {
    throw new DomainError('INVALID_INPUT', `"${tag}" is not a language code such as en or pl.`, {
      cause,
    });
  }
};

const isEnglish = (tag: string): boolean => tag.toLowerCase().split('-')[0] === 'en';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The channel a notice travels. A notice must be in writing, so a customer who prefers phone
 * calls gets a letter; braille and audio are physical items and always go by post; an SMS
 * carries only a standard message, so any other format goes by post too.
 */
const channelFor = (profile: AccessProfile, format: WrittenFormat): NoticeChannel => {
  if (format === 'email') return 'email';
  if (format === 'braille' || format === 'audio') return 'post';
  const preferred = profile.contactChannel ?? 'post';
  if (preferred === 'email') return 'email';
  if (preferred === 'sms' && format === 'standard') return 'sms';
  return 'post';
};

export const noticeDelivery = (profile: AccessProfile, rules: NoticeRules): NoticeDelivery => {
  const format = profile.writtenFormat ?? 'standard';
  const language = profile.preferredLanguage ?? 'en';
  const channel = channelFor(profile, format);
  const reasons: string[] = [];
  const produce = rules.productionWorkingDays[format];
  if (produce > 0)
    reasons.push(`${formatNames[format]}: ${plural(produce, 'working day')} to produce`);
  let translate = 0;
  if (!isEnglish(language)) {
    translate = rules.translationWorkingDays;
    if (translate > 0) {
      reasons.push(
        `letter in ${languageName(language)}: ${plural(translate, 'working day')} to translate`,
      );
    }
  }
  const deliver = rules.deliveryWorkingDays[channel];
  if (deliver > 0) reasons.push(`sent by ${channel}: ${plural(deliver, 'working day')} to arrive`);
  return {
    channel,
    format,
    language,
    productionWorkingDays: produce + translate,
    deliveryWorkingDays: deliver,
    reasons,
  };
};

export const describePeriod = (period: { unit: string; amount: number }): string =>
  period.unit === 'working_days'
    ? plural(period.amount, 'working day')
    : plural(period.amount, period.unit === 'hours' ? 'hour' : 'day');
