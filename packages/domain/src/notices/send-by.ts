import type { Temporal } from 'temporal-polyfill';
import type { AccessProfile } from '../access-needs/profile';
import type { WrittenFormat } from '../access-needs/vocabulary';
import type { AppointmentType, InitiatedBy } from '../appointments/types';
import { addDays } from '../calendar/dates';
import { endOfLondonDay, type InstantInput, londonDate, toLondon } from '../calendar/london';
import { describePeriod, type NoticeChannel, noticeDelivery } from './delivery';
import { type NoticeOptions, resolveOptions } from './options';
import { earlierOf, lastDateReaching } from './periods';

export interface NoticeAppointment {
  type: AppointmentType;
  start: InstantInput;
  /** Defaults to the landlord: a time the tenant chose needs no notice deadline. */
  initiatedBy?: InitiatedBy;
  emergencyHazard?: boolean;
}

export interface NoticeSendBy {
  /** The notice must be sent before this instant. */
  sendBy: Temporal.ZonedDateTime;
  /** Production (format, translation) must start before this instant; null when there is none. */
  produceBy: Temporal.ZonedDateTime | null;
  /** The tenant must have the notice before this instant. */
  receiveBy: Temporal.ZonedDateTime;
  channel: NoticeChannel;
  format: WrittenFormat;
  reasons: string[];
}

/**
 * The instant by which written notice of a landlord-proposed visit must be dispatched for
 * it to reach the tenant, in their format and through their channel, with the full notice
 * period still to run; null when no notice is owed. The inverse of `earliestStart`: sending
 * before `sendBy` (and starting production before `produceBy`) makes the visit lawful.
 * Letters and produced documents are sent on working days, so those dates are moved back to one.
 */
export const noticeSendBy = (
  appointment: NoticeAppointment,
  profile: AccessProfile,
  options?: NoticeOptions,
): NoticeSendBy | null => {
  const { rules, calendar } = resolveOptions(options);
  const rule = rules.appointments[appointment.type];
  const notice = rule.landlordNotice;
  if ((appointment.initiatedBy ?? 'landlord') !== 'landlord' || !notice) return null;
  if (
    appointment.emergencyHazard &&
    rule.deadline?.from === 'report' &&
    rule.deadline.emergencyWithinHours !== undefined
  ) {
    return null;
  }

  const start = toLondon(appointment.start);
  const startDate = londonDate(start);
  const delivery = noticeDelivery(profile, rules);
  const reasons = [
    ...delivery.reasons,
    `${rule.label}: ${describePeriod(notice)} written notice once it reaches the tenant`,
  ];

  // The latest moment the tenant may receive it, from the notice period and the legal floor.
  const hoursBefore = [
    ...(notice.unit === 'hours' ? [notice.amount] : []),
    ...(rule.statutoryFloorHours ? [rule.statutoryFloorHours] : []),
  ];
  let receiveBy: Temporal.ZonedDateTime | null = null;
  if (notice.unit !== 'hours') {
    const lastDay =
      notice.unit === 'days'
        ? addDays(startDate, -notice.amount)
        : lastDateReaching(calendar, startDate, notice.amount);
    receiveBy = endOfLondonDay(lastDay);
  }
  for (const hours of hoursBefore) {
    const limit = start.subtract({ hours });
    receiveBy = receiveBy ? earlierOf(receiveBy, limit) : limit;
  }
  // Every rule with notice has a period, so receiveBy is set by now.
  const mustReceive = receiveBy as Temporal.ZonedDateTime;

  const days = delivery.productionWorkingDays + delivery.deliveryWorkingDays;
  if (days === 0) {
    return {
      sendBy: mustReceive,
      produceBy: null,
      receiveBy: mustReceive,
      channel: delivery.channel,
      format: delivery.format,
      reasons,
    };
  }

  // It lands at the end of the day it arrives, so it must arrive by the day before receiveBy's day.
  const lastArrival = addDays(londonDate(mustReceive), -1);
  const lastOrderDay = calendar.subtractWorkingDays(
    lastDateReaching(calendar, lastArrival, days),
    0,
  );
  const dispatchDay = calendar.addWorkingDays(lastOrderDay, delivery.productionWorkingDays);
  return {
    sendBy: endOfLondonDay(dispatchDay),
    produceBy: delivery.productionWorkingDays > 0 ? endOfLondonDay(lastOrderDay) : null,
    receiveBy: mustReceive,
    channel: delivery.channel,
    format: delivery.format,
    reasons,
  };
};
