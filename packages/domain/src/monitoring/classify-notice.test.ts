import { describe, expect, it } from 'vitest';
import { classifyNotice, type NoticeRecord } from './classify-notice';

const sendBy = '2026-06-10T16:00:00Z';
const notice = (overrides: Partial<NoticeRecord>): NoticeRecord => ({
  sendBy,
  sentAt: '2026-06-10T15:00:00Z',
  format: 'braille',
  customerFormat: 'braille',
  status: 'sent',
  ...overrides,
});
const after = '2026-06-11T09:00:00Z';
const before = '2026-06-10T12:00:00Z';

describe('classifyNotice', () => {
  it('gives 2 of 5 due notices sent in time and in the recorded format (0.4)', () => {
    const notices = [
      notice({}),
      // 17:30 BST is 16:30 UTC: on time written with another offset.
      notice({ sentAt: '2026-06-10T16:30:00+01:00' }),
      notice({ format: 'standard' }),
      notice({ sentAt: '2026-06-10T16:00:01Z' }),
      notice({ sentAt: null, status: 'failed' }),
      // Not counted: no send-by time, cancelled, still pending before its send-by time.
      notice({ sendBy: null }),
      notice({ status: 'cancelled', sentAt: null }),
    ];
    const tallies = notices.map((n) => classifyNotice(n, after)).filter((t) => t !== null);
    expect(tallies).toHaveLength(5);
    expect(tallies.filter((t) => t.met).length / tallies.length).toBe(0.4);
    expect(tallies[0]?.week).toBe('2026-06-08');
  });

  it('waits for the send-by time before counting a notice not yet sent', () => {
    const pending = notice({ sentAt: null, status: 'pending' });
    expect(classifyNotice(pending, before)).toBeNull();
    expect(classifyNotice(pending, sendBy)).toEqual({
      counted: true,
      met: false,
      week: '2026-06-08',
    });
  });

  it('counts a notice sent early straight away', () => {
    expect(classifyNotice(notice({}), before)).toMatchObject({ counted: true, met: true });
  });
});
