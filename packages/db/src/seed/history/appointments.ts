import {
  type AppointmentType,
  defaultNoticeRules,
  noticeSendBy,
  type WrittenFormat,
} from '@doorstep/domain';
import { DayQueue, StaffDays } from './schedule';
import type { HistoryBatch, HistoryContext, PatchPeople, Row } from './types';
import { planVisits, type VisitRequest } from './visits';

type Appointment = Row<'appointments'>;

const purposes: Record<AppointmentType, string> = {
  living_well:
    'Your yearly Living Well meeting: a chat about your home, your household and any help you would like.',
  tenancy_visit: 'A tenancy visit: checking how things are going in your home.',
  repair_inspection: 'Inspecting the repair you reported before the work is booked.',
  gas_safety_check:
    'Your yearly gas safety check: the engineer checks the boiler and gas appliances.',
  electrical_safety_check:
    'Your electrical safety check: testing the wiring, sockets and fuse box.',
  damp_mould_investigation:
    'Looking at the damp and mould you reported, to agree what needs doing and by when.',
  survey: 'A survey of your home, so we can plan the work it needs.',
  home_improvement: 'Looking at the improvement planned for your home.',
  digital_support: 'Help getting online: setting up a device or an account with you.',
  emergency_repair: 'Making safe the emergency you reported.',
};

/** Percentage points on the chance of getting in, by kind of visit. */
const accessByType: Record<AppointmentType, number> = {
  living_well: 2,
  tenancy_visit: -5,
  repair_inspection: 0,
  gas_safety_check: -3,
  electrical_safety_check: -4,
  damp_mould_investigation: 3,
  survey: -2,
  home_improvement: 2,
  digital_support: 6,
  emergency_repair: 8,
};

/** Attempts made before giving up on a visit; safety checks and investigations try harder. */
const mustFollowUp = (type: AppointmentType) =>
  type === 'gas_safety_check' ||
  type === 'electrical_safety_check' ||
  type === 'damp_mould_investigation';
const attemptsFor = (type: AppointmentType) => (mustFollowUp(type) ? 3 : 2);
/** Visits against a clock of days or hours: fitted in even when the day is full. */
const urgent = (type: AppointmentType) =>
  type === 'damp_mould_investigation' || type === 'emergency_repair';

const tenantChannels = [
  { value: 'phone', weight: 36 },
  { value: 'booking_link', weight: 26 },
  { value: 'email', weight: 9 },
  { value: 'live_chat', weight: 9 },
  { value: 'in_person', weight: 7 },
  { value: 'social_media', weight: 3 },
  { value: 'post', weight: 2 },
  { value: 'staff', weight: 8 },
] as const;

/** Letters and digits that cannot be mistaken for each other when read out on the phone. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const producedFormats = new Set<WrittenFormat>(['braille', 'audio']);

/**
 * A patch's visits in its advisor's days: each request takes the first free time on its day
 * (or the next working day with room), gets in or not by the odds for its kind, customer and
 * patch, and a visit that did not get in is followed up by a second (or third) attempt.
 * Completed safety checks become certificates; visits the landlord proposed get the written
 * notice they needed, produced first for braille and audio.
 */
export function writeVisits(ctx: HistoryContext, people: PatchPeople, batch: HistoryBatch) {
  const { faker, calendar } = ctx;
  const staffId = people.advisor.id;
  const days = new StaffDays(calendar, people.advisor.workingPattern, calendar.today);
  const queue = new DayQueue<VisitRequest>();
  for (const request of planVisits(ctx, people, batch)) queue.push(request);
  const chance = (p: number) => faker.number.float({ max: 1 }) < p;
  const todayYear = Number(calendar.date(calendar.today).slice(0, 4));
  const rules = defaultNoticeRules;

  for (let request = queue.pop(); request; request = queue.pop()) {
    const { customer, type } = request;
    const interpreted = ctx.traits.interpreter.has(customer.id);
    const base = rules.appointments[type].defaultDurationMinutes;
    const step = rules.durationStepMinutes;
    const minutes = interpreted
      ? Math.ceil((base * rules.interpretedDurationFactor) / step) * step
      : base;
    const gap = 15 * faker.number.int({ min: 1, max: 3 });
    const placed = days.place(request.day, minutes, gap, {
      fixed: request.recorded !== null,
      urgent: urgent(type),
    });
    if (!placed) continue;
    const startsAt = calendar.instant(placed.day, placed.start);
    const endsAt = calendar.instant(placed.day, placed.start + minutes);
    const id = faker.string.uuid();

    const age = customer.dateOfBirth ? todayYear - Number(customer.dateOfBirth.slice(0, 4)) : 50;
    const points =
      86 +
      ctx.patchAccess +
      accessByType[type] -
      (interpreted ? 12 : 0) -
      (age < 30 ? 5 : 0) -
      (request.attempt > 1 ? 8 : 0);
    const cancelled =
      request.recorded === null && request.attempt === 1 && !urgent(type) && chance(0.02);
    const status: Appointment['status'] = cancelled
      ? 'cancelled'
      : (request.recorded ?? (chance(points / 100) ? 'met' : 'no_access')) === 'met'
        ? 'completed'
        : 'no_access';

    const followUp =
      status === 'no_access' &&
      request.recorded === null &&
      request.attempt < attemptsFor(type) &&
      chance(mustFollowUp(type) ? 0.95 : 0.6);
    if (followUp) {
      // An investigation cannot wait: Awaab's Law's clock is still running.
      const wait =
        type === 'damp_mould_investigation'
          ? faker.number.int({ min: 1, max: 2 })
          : faker.number.int({ min: 2, max: 7 });
      const next = calendar.addWorkingDays(placed.day, wait);
      if (next !== undefined && next < calendar.today) {
        queue.push({
          ...request,
          day: next,
          attempt: request.attempt + 1,
          firstId: request.firstId ?? id,
          landlord: request.landlord,
        });
      }
    }

    let createdAt: Date;
    if (request.attempt > 1) createdAt = calendar.instant(placed.day, placed.start - 30);
    else if (request.reportedAt) {
      createdAt = new Date(
        request.reportedAt.getTime() + faker.number.int({ min: 20, max: 180 }) * 60_000,
      );
    } else {
      const bookedDay = calendar.addWorkingDays(placed.day, -faker.number.int({ min: 6, max: 20 }));
      createdAt = calendar.instant(
        bookedDay ?? placed.day,
        faker.number.int({ min: 540, max: 1000 }),
      );
    }
    if (createdAt >= startsAt) createdAt = new Date(startsAt.getTime() - 3_600_000);

    batch.appointments.push({
      id,
      type,
      customerId: customer.id,
      homeId: request.homeId,
      staffId,
      startsAt,
      endsAt,
      status,
      bookedVia:
        request.attempt > 1 || request.landlord
          ? 'staff'
          : request.emergency
            ? 'phone'
            : faker.helpers.weightedArrayElement([...tenantChannels]),
      purpose: purposes[type],
      reference: newReference(ctx),
      // Raised once when the outcome (or the cancellation) was recorded.
      sequence: 1,
      attemptNumber: request.attempt,
      attemptOfId: request.firstId,
      createdAt,
    });

    if (status !== 'cancelled') {
      const occurredAt = new Date(
        startsAt.getTime() + faker.number.int({ min: 2, max: minutes - 1 }) * 60_000,
      );
      const outcome = status === 'completed' ? 'met' : 'no_access';
      const followUpKind = status === 'completed' ? null : followUp ? 'second_attempt' : 'none';
      batch.visitOutcomes.push({
        id: faker.string.uuid(),
        appointmentId: id,
        staffId,
        outcome,
        occurredAt,
        cardLeft: status === 'no_access' && chance(0.85),
        followUp: followUpKind,
        idempotencyKey: faker.string.uuid(),
        result: { status, attempt: { number: request.attempt }, followUp: followUpKind },
        createdAt: occurredAt,
      });
    }
    if (
      status === 'completed' &&
      (type === 'gas_safety_check' || type === 'electrical_safety_check')
    ) {
      batch.safetyChecks.push({
        id: faker.string.uuid(),
        homeId: request.homeId,
        kind: type === 'gas_safety_check' ? 'gas' : 'electrical',
        doneOn: calendar.date(placed.day),
        appointmentId: id,
        createdAt: endsAt,
      });
    }

    if (!request.landlord || request.attempt > 1 || !rules.appointments[type].landlordNotice)
      continue;
    const profile = {
      preferredLanguage: customer.preferredLanguage ?? 'en',
      writtenFormat: customer.preferredFormat ?? 'standard',
      contactChannel: customer.preferredChannel ?? 'post',
    };
    const key = [
      type,
      placed.day,
      type === 'damp_mould_investigation' ? placed.start : '',
      profile.preferredLanguage,
      profile.writtenFormat,
      profile.contactChannel,
    ].join('|');
    let due = ctx.sendByCache.get(key);
    if (due === undefined) {
      due = noticeSendBy({ type, start: startsAt, emergencyHazard: request.emergency }, profile);
      ctx.sendByCache.set(key, due);
    }
    if (!due) continue;
    writeNotice(ctx, batch, {
      appointmentId: id,
      customer,
      createdAt,
      startsAt,
      sendBy: new Date(due.sendBy.epochMilliseconds),
      channel: due.channel,
      staffId,
    });
  }
}

function writeNotice(
  ctx: HistoryContext,
  batch: HistoryBatch,
  notice: {
    appointmentId: string;
    customer: Row<'customers'>;
    createdAt: Date;
    startsAt: Date;
    sendBy: Date;
    channel: 'email' | 'sms' | 'post';
    staffId: string;
  },
) {
  const { faker, calendar } = ctx;
  const chance = (p: number) => faker.number.float({ max: 1 }) < p;
  const wanted = notice.customer.preferredFormat ?? 'standard';
  // A few letters went out in standard print to customers who asked for something else.
  const format: WrittenFormat =
    wanted === 'standard'
      ? chance(0.005)
        ? 'large_print'
        : 'standard'
      : chance(0.08)
        ? 'standard'
        : wanted;
  const id = faker.string.uuid();
  let sentAt: Date;
  const created = notice.createdAt.getTime();
  if (producedFormats.has(format)) {
    // Made by the supplier within 5 working days (000 §2.15); a few take longer.
    const createdDay = calendar.dayOf(notice.createdAt);
    const dueDay = calendar.addWorkingDays(createdDay, 5) ?? createdDay;
    const late = chance(0.1);
    const doneDay = Math.min(
      calendar.addWorkingDays(
        createdDay,
        late ? faker.number.int({ min: 6, max: 9 }) : faker.number.int({ min: 2, max: 5 }),
      ) ?? dueDay,
      calendar.today - 1,
    );
    const doneAt = new Date(
      Math.max(
        calendar.instant(doneDay, faker.number.int({ min: 600, max: 990 })).getTime(),
        created + 3_600_000,
      ),
    );
    batch.formatTasks.push({
      id: faker.string.uuid(),
      noticeId: id,
      customerId: notice.customer.id,
      format,
      language: notice.customer.preferredLanguage ?? 'en',
      dueOn: calendar.date(dueDay),
      doneAt,
      doneById: notice.staffId,
      createdAt: notice.createdAt,
    });
    sentAt = new Date(doneAt.getTime() + 30 * 60_000);
  } else if (notice.sendBy.getTime() > created && chance(0.93)) {
    sentAt = new Date(
      created + faker.number.float({ min: 0.01, max: 0.9 }) * (notice.sendBy.getTime() - created),
    );
  } else {
    const lateBy = faker.number.int({ min: 2, max: 48 }) * 3_600_000;
    sentAt = new Date(
      Math.max(
        created + 300_000,
        Math.min(notice.sendBy.getTime() + lateBy, notice.startsAt.getTime() - 3_600_000),
      ),
    );
  }
  batch.notices.push({
    id,
    kind: 'booking_confirmation',
    customerId: notice.customer.id,
    appointmentId: notice.appointmentId,
    channel: notice.channel,
    format,
    language: notice.customer.preferredLanguage ?? 'en',
    sendBy: notice.sendBy,
    status: 'sent',
    attempts: 1,
    nextAttemptAt: notice.createdAt,
    claimedAt: sentAt,
    sentAt,
    createdAt: notice.createdAt,
  });
}

function newReference(ctx: HistoryContext): string {
  for (;;) {
    const reference = `DS-${ctx.faker.string.fromCharacters(REFERENCE_ALPHABET, 6)}`;
    if (!ctx.references.has(reference)) {
      ctx.references.add(reference);
      return reference;
    }
  }
}
