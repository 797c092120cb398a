import type { BookingChannel } from '@doorstep/db';
import {
  type AppointmentType,
  appointmentTypes,
  type DropInTopic,
  defaultNoticeRules,
  dropInTopicLabels,
} from '@doorstep/domain';

const channelLabels: Record<BookingChannel, string> = {
  booking_link: 'Booking link',
  phone: 'Phone',
  in_person: 'In person',
  email: 'Email',
  live_chat: 'Live chat',
  social_media: 'Social media',
  post: 'Post',
  staff: 'Booked by staff',
};

const stateLabels: Record<string, string> = {
  met: 'Met',
  due: 'Not yet due',
  overdue: 'Overdue',
  in_date: 'In date',
  at_risk: 'At risk in the next 30 days',
  no_record: 'No check on record',
  open: 'Open, inside its time',
  late: 'Late',
};

const isType = (code: string): code is AppointmentType =>
  (appointmentTypes as readonly string[]).includes(code);

/** Words for a breakdown row (appointment type, channel, state, area or topic). */
export function breakdownLabel(dimension: string, group: string): string {
  if (dimension === 'appointment_type' && isType(group))
    return defaultNoticeRules.appointments[group].label;
  if (dimension === 'channel') return channelLabels[group as BookingChannel] ?? group;
  if (dimension === 'state') return stateLabels[group] ?? group;
  if (dimension === 'topic') return dropInTopicLabels[group as DropInTopic] ?? group;
  return group;
}
