import { describeDate, describeInstant } from '@doorstep/domain';

/** How a customer got in touch, as staff say it. */
export const channelWords: Record<string, string> = {
  phone: 'Phone call',
  in_person: 'In person',
  email: 'Email',
  live_chat: 'Live chat',
  social_media: 'Social media message',
  post: 'Letter',
  booking_link: 'Call-back request from a booking link',
  staff: 'Taken by staff',
};

/** The channels a member of staff can log, in the order the form offers them. */
export const loggableChannels = [
  { value: 'phone', label: 'Phone call' },
  { value: 'in_person', label: 'In person', hint: 'At the office, a drop-in or on a visit' },
  { value: 'email', label: 'Email' },
  { value: 'live_chat', label: 'Live chat' },
  { value: 'social_media', label: 'Social media message' },
  { value: 'post', label: 'Letter' },
] as const;

export type LoggableChannel = (typeof loggableChannels)[number]['value'];

/** Late or not is said in words, so it never rests on colour. */
export const describeDeadline = (contact: { dueDate: string; late: boolean }) =>
  contact.late
    ? `Late: was due ${describeDate(contact.dueDate)}`
    : `Acknowledge by ${describeDate(contact.dueDate)}`;

export const describeReceived = (contact: { channel: string; receivedAt: string }) =>
  `${channelWords[contact.channel] ?? contact.channel}, received ${describeInstant(contact.receivedAt)}`;
