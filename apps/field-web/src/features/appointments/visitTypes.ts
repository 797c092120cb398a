import { appointmentTypes, defaultNoticeRules } from '@doorstep/domain';

/** Every kind of visit with the name the notice rules give it: one vocabulary everywhere. */
export const visitTypeOptions = appointmentTypes.map((type) => ({
  value: type,
  label: defaultNoticeRules.appointments[type].label,
}));

export const visitTypeLabel = (type: (typeof appointmentTypes)[number]) =>
  defaultNoticeRules.appointments[type].label;

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
});

export const describeTime = (iso: string) => dateTime.format(new Date(iso));
