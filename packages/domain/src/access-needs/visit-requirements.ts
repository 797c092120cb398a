import type { AppointmentType } from '../appointments/types';
import { type InstantInput, londonDate } from '../calendar/london';
import { DomainError } from '../errors';
import { type NoticeChannel, noticeDelivery } from '../notices/delivery';
import { type NoticeOptions, resolveOptions } from '../notices/options';
import type { AccessProfile } from './profile';
import { canShareWith } from './representatives';
import { type ActiveRestriction, activeRestrictions } from './restrictions';
import { unavailabilityClashes } from './unavailability';
import {
  type InterpreterKind,
  interpreterLabels,
  type StaffGender,
  type VisitAdjustment,
  type VulnerabilityFlag,
  type WrittenFormat,
} from './vocabulary';

export interface VisitRequirements {
  durationMinutes: number;
  /** How the duration was reached, e.g. "interpreted visit: 60 × 1.5, rounded up to 90 minutes". */
  durationReasons: string[];
  staffCount: 1 | 2;
  staffConstraints: {
    gender: StaffGender | null;
    /** Only this member of staff may attend (a named-contact restriction). */
    namedStaffId: string | null;
  };
  location: { kind: 'home' } | { kind: 'venue'; venue: string | null };
  interpreter: {
    kind: InterpreterKind;
    /** BCP 47 tag; `bfi` is British Sign Language. */
    language: string;
    leadWorkingDays: number;
    /** Book on or before this date. */
    bookBy: string;
  } | null;
  relayUk: boolean;
  /** Authorised representatives the customer wants invited, for this visit's matter. */
  representativesToInvite: {
    id: string;
    name: string;
    relationship: string;
    phone: string | null;
    email: string | null;
  }[];
  notices: { channel: NoticeChannel; format: WrittenFormat; language: string };
  restrictions: ActiveRestriction[];
  /** Times the customer cannot do that this visit clashes with; empty when it fits. */
  clashes: string[];
  /** What the visitor needs to know at the door, and nothing more. */
  briefing: string[];
}

/** What the visitor does for each adjustment, in words for the door. */
export const adjustmentLines: Record<VisitAdjustment, string> = {
  call_before_arriving: 'Phone the customer before arriving.',
  text_before_arriving: 'Text the customer before arriving.',
  knock_loudly: 'Knock loudly.',
  do_not_ring_doorbell: 'Do not ring the doorbell; knock instead.',
  wait_longer_at_door: 'Wait longer at the door: the customer may take a while to answer.',
  pets_secured: 'Ask for pets to be secured before you go in.',
  show_id_at_window: 'Show your ID at the window before the door is opened.',
  remove_shoes: 'Take your shoes off or wear shoe covers inside.',
  no_strong_scents: 'Avoid strong scents (perfume, smoke).',
  quiet_approach: 'Keep voices low and approach calmly.',
  ground_floor_room: 'Meet in a ground-floor room.',
};

// Only flags that change what happens at the door produce a line; the flag itself is never named.
export const flagLines: Partial<Record<VulnerabilityFlag, string>> = {
  do_not_visit_alone: 'Do not visit alone.',
  hearing_impairment: 'The doorbell may not be heard: knock, and wait longer.',
  visual_impairment: 'Say who you are and why you are there before showing ID.',
  medical_equipment: 'Do not turn off power or water without speaking to the customer first.',
  domestic_abuse: 'Discuss the visit only with the customer, not with anyone else at the door.',
  safeguarding: 'Discuss the visit only with the customer, not with anyone else at the door.',
};

const roundUp = (minutes: number, step: number): number => Math.ceil(minutes / step) * step;

/**
 * What a visit of `appointmentType` at `at` needs for this customer: how long it takes, who
 * must come, which interpreter to book and by when, whom to invite, how to send the notice,
 * and a short briefing for the door.
 */
export const visitRequirements = (
  profile: AccessProfile,
  appointmentType: AppointmentType,
  at: InstantInput,
  options?: NoticeOptions,
): VisitRequirements => {
  const { rules, calendar } = resolveOptions(options);
  const rule = rules.appointments[appointmentType];
  const extra = profile.extraTimeMinutes ?? 0;
  if (!Number.isInteger(extra) || extra < 0) {
    throw new DomainError(
      'INVALID_INPUT',
      'Extra time must be a whole number of minutes, 0 or more.',
    );
  }

  let durationMinutes = rule.defaultDurationMinutes;
  const durationReasons = [`${rule.label}: ${durationMinutes} minutes`];
  if (profile.interpreter) {
    durationMinutes = roundUp(
      durationMinutes * rules.interpretedDurationFactor,
      rules.durationStepMinutes,
    );
    durationReasons.push(
      `interpreted visit: ×${rules.interpretedDurationFactor}, rounded up to ${durationMinutes} minutes`,
    );
  }
  if (extra > 0) {
    durationMinutes += extra;
    durationReasons.push(`extra time for the customer: ${extra} minutes`);
  }

  const restrictions = activeRestrictions(profile, at);
  const has = (kind: ActiveRestriction['kind']) => restrictions.find((r) => r.kind === kind);
  const flags = new Set(profile.vulnerabilityFlags ?? []);
  const staffCount = has('two_person_visits') || flags.has('do_not_visit_alone') ? 2 : 1;
  const venue = has('no_home_visits');
  const writtenOnly = Boolean(has('written_contact_only'));

  let interpreter: VisitRequirements['interpreter'] = null;
  if (profile.interpreter) {
    const lead = rules.interpreterLeadWorkingDays[profile.interpreter];
    interpreter = {
      kind: profile.interpreter,
      language: profile.interpreter === 'bsl' ? 'bfi' : (profile.preferredLanguage ?? 'en'),
      leadWorkingDays: lead,
      bookBy: calendar.subtractWorkingDays(londonDate(at), lead),
    };
  }

  const representativesToInvite = (profile.representatives ?? [])
    .filter((rep) => rep.inviteToVisits && canShareWith(profile, rep.id, at, rule.matter).allowed)
    .map((rep) => ({
      id: rep.id,
      name: rep.name,
      relationship: rep.relationship,
      phone: rep.phone ?? null,
      email: rep.email ?? null,
    }));

  const delivery = noticeDelivery(profile, rules);
  const briefing: string[] = [];
  if (staffCount === 2) briefing.push('Two staff must attend: do not go alone.');
  if (venue) briefing.push(`Do not visit the home: meet at ${venue.venue ?? 'the agreed venue'}.`);
  if (has('named_contact_only')) briefing.push('Only the named member of staff may attend.');
  if (writtenOnly) briefing.push('Contact in writing only: do not phone the customer.');
  for (const adjustment of profile.visitAdjustments ?? []) {
    briefing.push(
      adjustment === 'call_before_arriving' && writtenOnly
        ? 'Text the customer before arriving (no phone calls).'
        : adjustmentLines[adjustment],
    );
  }
  for (const flag of flags) {
    const line = flagLines[flag];
    if (line) briefing.push(line);
  }
  if (interpreter) {
    briefing.push(
      interpreter.kind === 'telephone'
        ? 'Use the telephone interpreting service for the whole visit.'
        : `A ${interpreterLabels[interpreter.kind]} will attend: wait for them before starting.`,
    );
  }
  if (profile.relayUk) briefing.push('To phone the customer, use Relay UK.');
  if (extra > 0) briefing.push(`Allow ${extra} extra minutes: do not rush.`);
  for (const rep of representativesToInvite)
    briefing.push(`${rep.name} (${rep.relationship}) is invited and may take part.`);

  return {
    durationMinutes,
    durationReasons,
    staffCount,
    staffConstraints: {
      gender: profile.preferredStaffGender ?? null,
      namedStaffId: has('named_contact_only')?.namedStaffId ?? null,
    },
    location: venue ? { kind: 'venue', venue: venue.venue } : { kind: 'home' },
    interpreter,
    relayUk: profile.relayUk ?? false,
    representativesToInvite,
    notices: { channel: delivery.channel, format: delivery.format, language: delivery.language },
    restrictions,
    clashes: unavailabilityClashes(profile, at, durationMinutes),
    briefing: [...new Set(briefing)],
  };
};
