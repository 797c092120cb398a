import type { AppointmentType } from '@doorstep/domain';

export type NoticeKind =
  | 'invitation'
  | 'booking_confirmation'
  | 'reschedule'
  | 'cancellation'
  | 'reminder';

export const noticeKinds: readonly NoticeKind[] = [
  'invitation',
  'booking_confirmation',
  'reschedule',
  'cancellation',
  'reminder',
];

export interface NoticeFacts {
  kind: NoticeKind;
  /** BCP 47 from the customer's record; a language without templates falls back to English. */
  language: string;
  /** As stored: may hold anything, so it is only ever inserted as text. */
  recipientName: string;
  /** English label from the notice rules, used only when a template has no label of its own. */
  visitTypeLabel: string;
  visitType: AppointmentType;
  /** Free text from staff, shown as given (but as text). */
  purpose: string;
  start?: string;
  end?: string;
  /** For a reschedule: the old time. */
  previousStart?: string;
  reference?: string;
  link?: string;
  /** For invitations: when the link stops working. */
  replyBy?: string;
}

export interface LetterContent {
  title: string;
  paragraphs: string[];
  facts: { label: string; value: string }[];
}

export interface RenderedNotice {
  language: string;
  /** No usable template in the customer's language: staff must be told. */
  fellBackToEnglish: boolean;
  /** Machine-drafted translations stay flagged until a qualified translator approves them. */
  needsTranslatorReview: boolean;
  direction: 'ltr' | 'rtl';
  subject: string;
  text: string;
  html: string;
  sms: string;
  smsSegments: number;
  letter: LetterContent;
}
