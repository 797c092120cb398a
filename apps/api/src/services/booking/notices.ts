import { type Database, type NoticeKind, notices } from '@doorstep/db';
import {
  type AccessProfile,
  type AppointmentType,
  defaultNoticeRules,
  noticeDelivery,
  noticeSendBy,
} from '@doorstep/domain';

type Writer = Pick<Database, 'insert'>;

/**
 * Records that a customer must be told something, in their channel, format and language,
 * and by when (noticeSendBy). Written with the change that causes it, in the same transaction.
 */
export async function queueNotice(
  tx: Writer,
  notice: {
    kind: NoticeKind;
    customerId: string;
    profile: AccessProfile;
    appointmentId?: string;
    invitationId?: string;
    appointment?: { type: AppointmentType; start: Date; initiatedBy: 'landlord' | 'tenant' };
  },
) {
  const delivery = noticeDelivery(notice.profile, defaultNoticeRules);
  const sendBy = notice.appointment
    ? noticeSendBy(
        {
          type: notice.appointment.type,
          start: notice.appointment.start,
          initiatedBy: notice.appointment.initiatedBy,
        },
        notice.profile,
      )?.sendBy
    : undefined;
  await tx.insert(notices).values({
    kind: notice.kind,
    customerId: notice.customerId,
    appointmentId: notice.appointmentId ?? null,
    invitationId: notice.invitationId ?? null,
    channel: delivery.channel,
    format: delivery.format,
    language: delivery.language,
    sendBy: sendBy ? new Date(sendBy.epochMilliseconds) : null,
  });
}
