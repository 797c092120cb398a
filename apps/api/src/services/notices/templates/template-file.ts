import type { AppointmentType } from '@doorstep/domain';
import type { NoticeKind } from './types';

/** Strings every kind shares. Labels are the left-hand side of the facts list. */
export type CommonKey =
  | 'greeting'
  | 'purpose'
  | 'duration'
  | 'previously'
  | 'linkWorksUntil'
  | 'expect'
  | 'contact'
  | 'signOff'
  | 'smsPurpose'
  | 'smsPrevious'
  | 'smsReplyBy'
  | 'smsReference'
  | 'smsCall'
  | 'labelReference'
  | 'labelVisit'
  | 'labelPurpose'
  | 'labelWhen'
  | 'labelPrevious'
  | 'labelDuration'
  | 'labelReplyBy'
  | 'labelLink'
  | 'labelPhone'
  | 'labelRelay'
  | 'dropInCancelled'
  | 'dropInReinstated'
  | 'dropInMoved'
  | 'dropInVenue'
  | 'dropInReason'
  | 'labelSession'
  | 'labelVenue'
  | 'labelSessionLink'
  | 'smsDropInCancelled'
  | 'smsDropInReinstated'
  | 'smsDropInMoved'
  | 'smsDropInVenue';

/**
 * Strings that differ by kind. `action` is used when the tenant has a booking link and
 * `actionByPhone` when they do not, so a message never points at a link that is not there.
 */
export type KindKey =
  | 'subject'
  | 'title'
  | 'intro'
  | 'action'
  | 'actionByPhone'
  | 'sms'
  | 'smsAction'
  | 'smsActionByPhone';

export interface TemplateMeta {
  /** False until a qualified translator has approved the wording. */
  reviewed: boolean;
  note: string;
}

export interface TemplateFile {
  _meta: TemplateMeta;
  direction: 'ltr' | 'rtl';
  /** BCP 47 tag handed to Intl for dates and numbers. */
  locale: string;
  visitTypes: Record<AppointmentType, string>;
  common: Record<CommonKey, string>;
  kinds: Record<NoticeKind, Record<KindKey, string>>;
}

/**
 * What a catalogue may hold at run time: translations can lag behind English, and a gap
 * must fall back rather than leave a hole in a tenant's message.
 */
export interface PartialTemplateFile {
  _meta?: Partial<TemplateMeta>;
  direction?: 'ltr' | 'rtl';
  locale?: string;
  visitTypes?: Partial<Record<AppointmentType, string>>;
  common?: Partial<Record<CommonKey, string>>;
  kinds?: Partial<Record<NoticeKind, Partial<Record<KindKey, string>>>>;
}

export type TemplateCatalogue = { en: TemplateFile } & Record<string, PartialTemplateFile>;
