import type { Temporal } from 'temporal-polyfill';
import { endOfLondonDay, type InstantInput, londonDate } from '../calendar/london';
import { englandAndWales, type WorkingCalendar } from '../calendar/working-calendar';

/** What a customer is owed a response to, and how fast. */
export const serviceStandardKinds = [
  'acknowledge_contact',
  'reply_email',
  'reply_web_form',
  'reply_social_media',
  'reply_post',
  'alternative_format_document',
] as const;
export type ServiceStandardKind = (typeof serviceStandardKinds)[number];

export interface ServiceStandard {
  label: string;
  workingDays: number;
  source: string;
}

export const serviceStandards: Record<ServiceStandardKind, ServiceStandard> = {
  acknowledge_contact: {
    label: 'Acknowledge the contact',
    workingDays: 2,
    source: '002 §8.14: acknowledge customer contacts within two working days',
  },
  reply_email: {
    label: 'Reply to the email',
    workingDays: 2,
    source: '000 §2.4: respond to emails within two working days from receipt',
  },
  reply_web_form: {
    label: 'Reply to the web form',
    workingDays: 2,
    source: '000 §2.7: web-form requests responded to within two working days',
  },
  reply_social_media: {
    label: 'Reply to the social media message',
    workingDays: 2,
    source: '000 §2.5: Facebook Messenger, respond within two working days',
  },
  reply_post: {
    label: 'Reply to the letter',
    workingDays: 7,
    source: '000 §2.8: respond to enquiries by post within seven working days',
  },
  alternative_format_document: {
    label: 'Send the document in the requested format',
    workingDays: 5,
    source: '000 §2.15: documents provided in the requested format within 5 days',
  },
};

export interface ServiceDeadline {
  kind: ServiceStandardKind;
  /** The last day to respond on. */
  dueDate: string;
  /** The response must go before this instant (midnight at the end of `dueDate`). */
  dueBy: Temporal.ZonedDateTime;
  label: string;
  source: string;
}

/**
 * When a response is due. Working days are counted after the day of receipt, so a contact
 * received on a Friday evening or a Saturday gets the same deadline as one received on the
 * Friday morning: the customer never loses a day to our opening hours.
 */
export const serviceDeadline = (
  kind: ServiceStandardKind,
  receivedAt: InstantInput,
  options: {
    calendar?: WorkingCalendar;
    standards?: Record<ServiceStandardKind, ServiceStandard>;
  } = {},
): ServiceDeadline => {
  const calendar = options.calendar ?? englandAndWales;
  const standard = (options.standards ?? serviceStandards)[kind];
  const dueDate = calendar.addWorkingDays(londonDate(receivedAt), standard.workingDays);
  return {
    kind,
    dueDate,
    dueBy: endOfLondonDay(dueDate),
    label: standard.label,
    source: standard.source,
  };
};
