import { describeTime } from '../appointments/visitTypes';

export const words = (code: string) => code.replaceAll('_', ' ');

interface NoticeState {
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  sendBy: string | null;
  sentAt: string | null;
}

/** The state in words, so it never depends on colour (WCAG 1.4.1). */
export function describeStatus(notice: NoticeState): string {
  switch (notice.status) {
    case 'sent':
      return notice.sentAt ? `Sent ${describeTime(notice.sentAt)}` : 'Sent';
    case 'failed':
      return `Failed after ${notice.attempts} ${notice.attempts === 1 ? 'attempt' : 'attempts'}`;
    case 'sending':
      return 'Sending now';
    case 'cancelled':
      return 'Cancelled, not needed';
    default:
      return notice.sendBy ? `Waiting, send by ${describeTime(notice.sendBy)}` : 'Waiting to send';
  }
}

/** The channel, format and language, e.g. "post, large print, pl". */
export const describeHow = (n: { channel: string; format: string; language: string }) =>
  `${n.channel}, ${words(n.format)}, ${n.language}`;
