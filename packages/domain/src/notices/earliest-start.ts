import type { Temporal } from 'temporal-polyfill';
import type { AccessProfile } from '../access-needs/profile';
import { interpreterLabels } from '../access-needs/vocabulary';
import type { AppointmentType, InitiatedBy } from '../appointments/types';
import {
  describeInstant,
  endOfLondonDay,
  type InstantInput,
  londonDate,
  startOfLondonDay,
  toLondon,
} from '../calendar/london';
import { describePeriod, type NoticeDelivery, noticeDelivery } from './delivery';
import {
  type DeadlineBasis,
  hasDeadlineBasis,
  type LatestStart,
  latestStart,
} from './latest-start';
import { type NoticeOptions, resolveOptions } from './options';
import { type Moment, periodEnd } from './periods';

export interface EarliestStartInput extends DeadlineBasis {
  type: AppointmentType;
  now: InstantInput;
  profile: AccessProfile;
  initiatedBy: InitiatedBy;
}

export interface EarliestStart {
  /** The earliest instant the visit may lawfully start. */
  at: Temporal.ZonedDateTime;
  /** Why `at` is where it is, e.g. "braille letter: 5 working days to produce". */
  reasons: string[];
  /** Every constraint weighed, binding or not, for the advisor who wants the whole picture. */
  considered: string[];
  /** The written notice the landlord must give, when the landlord proposes the time. */
  notice: (NoticeDelivery & { reachesTenantBy: Temporal.ZonedDateTime }) | null;
  /** The deadline, when the type has one and its basis was given. */
  latest: LatestStart | null;
  /** False when the earliest lawful start is already past the deadline. */
  deadlineCanBeMet: boolean | null;
  /** Set when the deadline cannot be met: the case must go to a manager, never be dropped. */
  escalation: string | null;
}

interface Constraint {
  at: Temporal.ZonedDateTime;
  reasons: string[];
}

/** When the tenant has the notice in hand: at once by email or SMS, else at the end of the day it lands. */
const receipt = (
  now: Moment,
  delivery: NoticeDelivery,
  options: Required<NoticeOptions>,
): Moment => {
  const days = delivery.productionWorkingDays + delivery.deliveryWorkingDays;
  if (days === 0) return now;
  const date = options.calendar.addWorkingDays(now.date, days);
  return { instant: endOfLondonDay(date), date };
};

/**
 * The earliest lawful start of a visit. A landlord-proposed time needs written notice that
 * has reached the tenant in their format through their channel before the notice period
 * runs; a tenant-chosen time needs only the table's short lead; either way an interpreter
 * must be bookable in time. Where a deadline is known and cannot be met, the result says so.
 */
export const earliestStart = (
  input: EarliestStartInput,
  options?: NoticeOptions,
): EarliestStart => {
  const resolved = resolveOptions(options);
  const { rules, calendar } = resolved;
  const rule = rules.appointments[input.type];
  const nowAt = toLondon(input.now);
  const now: Moment = { instant: nowAt, date: londonDate(nowAt) };
  const emergency =
    input.emergencyHazard === true &&
    rule.deadline?.from === 'report' &&
    rule.deadline.emergencyWithinHours !== undefined;

  const constraints: Constraint[] = [
    { at: nowAt, reasons: ['no notice is needed: as soon as possible'] },
  ];
  let notice: EarliestStart['notice'] = null;

  if (emergency) {
    constraints[0] = {
      at: nowAt,
      reasons: ["emergency hazard: no notice, attend at once (Awaab's Law)"],
    };
  } else if (input.initiatedBy === 'landlord' && rule.landlordNotice) {
    const delivery = noticeDelivery(input.profile, rules);
    const received = receipt(now, delivery, resolved);
    notice = { ...delivery, reachesTenantBy: received.instant };
    constraints.push({
      at: periodEnd(received, rule.landlordNotice, calendar, 'start'),
      reasons: [
        ...delivery.reasons,
        `${rule.label}: ${describePeriod(rule.landlordNotice)} written notice once it reaches the tenant`,
      ],
    });
    if (rule.statutoryFloorHours) {
      constraints.push({
        at: received.instant.add({ hours: rule.statutoryFloorHours }),
        reasons: [
          ...delivery.reasons,
          `at least ${rule.statutoryFloorHours} hours' written notice in law (Landlord and Tenant Act 1985 s.11(6))`,
        ],
      });
    }
  } else if (input.initiatedBy === 'tenant' && rule.tenantNotice) {
    constraints.push({
      at: periodEnd(now, rule.tenantNotice, calendar, 'start'),
      reasons: [
        `${rule.label} at a time the customer chose: ${describePeriod(rule.tenantNotice)} ahead at the earliest`,
      ],
    });
  }

  const interpreter = input.profile.interpreter;
  if (interpreter && rule.waitsForInterpreter && !emergency) {
    const lead = rules.interpreterLeadWorkingDays[interpreter];
    if (lead > 0) {
      constraints.push({
        at: startOfLondonDay(calendar.addWorkingDays(now.date, lead)),
        reasons: [
          `${interpreterLabels[interpreter]}: ${describePeriod({ unit: 'working_days', amount: lead })} to book`,
        ],
      });
    }
  }

  const at = constraints.reduce(
    (latest, c) => (c.at.epochNanoseconds > latest.epochNanoseconds ? c.at : latest),
    nowAt,
  );
  const binding = constraints.filter((c) => c.at.equals(at));
  const reasons = [...new Set(binding.flatMap((c) => c.reasons))];
  const considered = [...new Set(constraints.slice(1).flatMap((c) => c.reasons))];

  const latest = hasDeadlineBasis(input) ? latestStart(input, options) : null;
  const deadlineCanBeMet = latest ? at.epochNanoseconds < latest.by.epochNanoseconds : null;
  const escalation =
    latest && !deadlineCanBeMet
      ? `The earliest lawful start (${describeInstant(at)}) is not before the deadline (${describeInstant(latest.by)}): ${latest.reason}. Escalate to a manager now.`
      : null;

  return { at, reasons, considered, notice, latest, deadlineCanBeMet, escalation };
};
