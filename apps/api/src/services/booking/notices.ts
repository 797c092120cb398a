import { type Database, type NoticeKind, notices } from '@doorstep/db';
import {
  type AccessProfile,
  type AppointmentType,
  canShareWith,
  defaultNoticeRules,
  type Matter,
  noticeDelivery,
  noticeSendBy,
} from '@doorstep/domain';

type Writer = Pick<Database, 'insert'>;

export interface NoticeToQueue {
  kind: NoticeKind;
  customerId: string;
  profile: AccessProfile;
  type: AppointmentType;
  now: Date;
  appointmentId?: string;
  invitationId?: string;
  /** The visit's time, when the notice is about a booked visit. */
  appointment?: { start: Date; initiatedBy: 'landlord' | 'tenant' };
}

/**
 * A copy of a notice for each representative the customer has authorised for this matter
 * (canShareWith), with the reason kept. We hold no format preference for representatives:
 * email when we have it, else a standard letter, in English.
 */
export function representativeCopies<T extends object>(
  profile: AccessProfile,
  now: Date,
  matter: Matter,
  common: T,
) {
  return (profile.representatives ?? []).flatMap((rep) => {
    const decision = canShareWith(profile, rep.id, now, matter);
    if (!decision.allowed) return [];
    return [
      {
        ...common,
        representativeId: rep.id,
        shareReason: decision.message,
        channel: rep.email ? ('email' as const) : ('post' as const),
        format: 'standard' as const,
        language: 'en',
      },
    ];
  });
}

/**
 * Records that a customer must be told something, in their channel, format and language,
 * and by when (noticeSendBy); and a copy for each representative the customer has
 * authorised for this matter (canShareWith), with the reason kept. Written with the change
 * that causes it, in the same transaction.
 */
export async function queueNotice(tx: Writer, notice: NoticeToQueue) {
  const delivery = noticeDelivery(notice.profile, defaultNoticeRules);
  const due = notice.appointment
    ? noticeSendBy(
        {
          type: notice.type,
          start: notice.appointment.start,
          initiatedBy: notice.appointment.initiatedBy,
        },
        notice.profile,
      )
    : null;
  // When a format must be produced first (braille, a translation), the notice is due to
  // go to production by then; otherwise it is due to be dispatched.
  const sendBy = due ? (due.produceBy ?? due.sendBy) : undefined;
  const common = {
    kind: notice.kind,
    customerId: notice.customerId,
    appointmentId: notice.appointmentId ?? null,
    invitationId: notice.invitationId ?? null,
    sendBy: sendBy ? new Date(sendBy.epochMilliseconds) : null,
    // Due from the caller's clock, not the database's: the two differ in tests and replays.
    nextAttemptAt: notice.now,
  };
  const matter = defaultNoticeRules.appointments[notice.type].matter;
  const copies = representativeCopies(notice.profile, notice.now, matter, common);
  await tx.insert(notices).values([
    {
      ...common,
      channel: delivery.channel,
      format: delivery.format,
      language: delivery.language,
    },
    ...copies,
  ]);
}
