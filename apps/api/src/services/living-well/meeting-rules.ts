import {
  type AccessProfile,
  defaultNoticeRules,
  earliestStart,
  londonDate,
  londonDateTime,
  noticeSendBy,
  type PlanMeeting,
  visitRequirements,
} from '@doorstep/domain';
import type { TenancyState } from './due';

/**
 * When the invitation for a visit must go: so the written notice, produced in the tenant's
 * format and sent through their channel, reaches them with the full notice period to run
 * (noticeSendBy). Production, where there is any, must start by then.
 */
export function invitationSendOn(
  profile: AccessProfile,
  date: string,
  startTime: string,
  today: string,
): string {
  const due = noticeSendBy(
    { type: 'living_well', start: londonDateTime(date, startTime), initiatedBy: 'landlord' },
    profile,
  );
  if (!due) return today;
  // sendBy is the end of the last day (midnight after it), so the day itself is one earlier.
  const by = due.produceBy ?? due.sendBy;
  return londonDate(by.subtract({ nanoseconds: 1 }));
}

/** A meeting as the planner sees it: length, two people, the first day notice allows. */
export function meetingFor(state: TenancyState, profile: AccessProfile, now: Date): PlanMeeting {
  const needs = visitRequirements(profile, 'living_well', now);
  const earliest = earliestStart({
    type: 'living_well',
    now,
    profile,
    initiatedBy: 'landlord',
  });
  return meetingOf(state, profile, {
    durationMinutes: needs.durationMinutes,
    twoPerson: needs.staffCount > 1,
    earliestOn: londonDate(earliest.at),
  });
}

function meetingOf(
  state: TenancyState,
  profile: AccessProfile,
  rules: { durationMinutes: number; twoPerson: boolean; earliestOn: string },
): PlanMeeting {
  return {
    tenancyId: state.tenancyId,
    dueOn: state.cadence.dueOn,
    location: { latitude: state.latitude, longitude: state.longitude },
    durationMinutes: rules.durationMinutes,
    earliestOn: rules.earliestOn,
    ...(profile.unavailableWeekly?.length ? { unavailableWeekly: profile.unavailableWeekly } : {}),
    ...(profile.unavailableDates?.length ? { unavailableDates: profile.unavailableDates } : {}),
    ...(rules.twoPerson ? { twoPerson: true } : {}),
  };
}

/** What noticeDelivery reads from a profile: the notice goes the same way for the same three. */
const deliveryKey = (p: AccessProfile) =>
  `${p.writtenFormat ?? ''}|${p.preferredLanguage ?? ''}|${p.contactChannel ?? ''}`;

/**
 * meetingFor and invitationSendOn for a whole organisation at once. The domain rules are
 * the same; their answers are remembered for profiles the rules cannot tell apart, because
 * tens of thousands of tenants share a handful of formats and needs. earliestStart reads the
 * delivery fields and the interpreter; noticeSendBy reads the delivery fields (and the
 * visit's day, and its time only for notice in hours); for a profile
 * with no restrictions or vulnerability flags, visitRequirements' length and staff count
 * depend only on the interpreter and extra time. Anything else is worked out in full.
 */
export function createMeetingRules(now: Date) {
  // Notice counted in days or working days ends at a day's end, so the time of the visit
  // cannot change the send date; notice in hours (or a legal floor in hours) can.
  const rule = defaultNoticeRules.appointments.living_well;
  const byDayOnly = rule.landlordNotice?.unit !== 'hours' && !rule.statutoryFloorHours;
  const earliest = new Map<string, string>();
  const needs = new Map<string, { durationMinutes: number; twoPerson: boolean }>();
  const sendOn = new Map<string, string>();
  const today = londonDate(now);
  return {
    meetingFor(state: TenancyState, profile: AccessProfile): PlanMeeting {
      const plain =
        (profile.contactRestrictions ?? []).length === 0 &&
        (profile.vulnerabilityFlags ?? []).length === 0;
      const needsKey = `${profile.interpreter ?? ''}|${profile.extraTimeMinutes ?? 0}`;
      let need = plain ? needs.get(needsKey) : undefined;
      if (!need) {
        const full = visitRequirements(profile, 'living_well', now);
        need = { durationMinutes: full.durationMinutes, twoPerson: full.staffCount > 1 };
        if (plain) needs.set(needsKey, need);
      }
      const earliestKey = `${deliveryKey(profile)}|${profile.interpreter ?? ''}`;
      let earliestOn = earliest.get(earliestKey);
      if (earliestOn === undefined) {
        earliestOn = londonDate(
          earliestStart({ type: 'living_well', now, profile, initiatedBy: 'landlord' }).at,
        );
        earliest.set(earliestKey, earliestOn);
      }
      return meetingOf(state, profile, { ...need, earliestOn });
    },
    sendOn(profile: AccessProfile, date: string, startTime: string): string {
      const key = `${deliveryKey(profile)}|${date}|${byDayOnly ? '' : startTime}`;
      let on = sendOn.get(key);
      if (on === undefined) {
        on = invitationSendOn(profile, date, startTime, today);
        sendOn.set(key, on);
      }
      return on;
    },
  };
}
