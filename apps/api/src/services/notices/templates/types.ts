import type { AppointmentType } from '@doorstep/domain';

/** Notices about a visit to the customer's home. */
export type VisitNoticeKind =
  | 'invitation'
  | 'booking_confirmation'
  | 'reschedule'
  | 'cancellation'
  | 'reminder';

export type NoticeKind = VisitNoticeKind | 'drop_in_change';

export const visitNoticeKinds: readonly VisitNoticeKind[] = [
  'invitation',
  'booking_confirmation',
  'reschedule',
  'cancellation',
  'reminder',
];

export const noticeKinds: readonly NoticeKind[] = [...visitNoticeKinds, 'drop_in_change'];

/** What happened to a drop-in occurrence a customer said they would come to. */
export type DropInChange = 'cancelled' | 'reinstated' | 'moved' | 'venue';

export interface DropInFacts {
  change: DropInChange;
  /** The session's title, as staff wrote it: inserted only as text. */
  session: string;
  /** The venue's name, where it is held now. */
  venue: string;
  /** The venue's address, for the letter's facts. */
  address: string;
  /** When it was first going to start, so the customer knows which session this is. */
  originalStart: string;
  /** Staff's reason for the change; empty when none was given. */
  reason: string;
}

export interface NoticeFacts {
  kind: NoticeKind;
  /** BCP 47 from the customer's record; a language without templates falls back to English. */
  language: string;
  /** As stored: may hold anything, so it is only ever inserted as text. */
  recipientName: string;
  /** English label from the notice rules, used only when a template has no label of its own. */
  visitTypeLabel?: string;
  /** Absent for notices that are not about a home visit (drop-in sessions). */
  visitType?: AppointmentType;
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
  /** For `drop_in_change`: the session and what happened to it. */
  dropIn?: DropInFacts;
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
