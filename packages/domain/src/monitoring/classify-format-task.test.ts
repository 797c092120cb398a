import { describe, expect, it } from 'vitest';
import { classifyFormatTask } from './classify-format-task';

const task = { createdAt: '2026-06-01T09:00:00Z', dueOn: '2026-06-08' };

describe('classifyFormatTask', () => {
  it('is met when done before the end of its due date in London', () => {
    // 23:30 BST on 8 June, then 00:30 BST on 9 June.
    expect(
      classifyFormatTask({ ...task, doneAt: '2026-06-08T22:30:00Z' }, '2026-06-20T09:00:00Z'),
    ).toEqual({ counted: true, met: true, week: '2026-06-01' });
    expect(
      classifyFormatTask({ ...task, doneAt: '2026-06-08T23:30:00Z' }, '2026-06-20T09:00:00Z')?.met,
    ).toBe(false);
  });

  it('is not counted before its due date has passed, then counts as missed', () => {
    const open = { ...task, doneAt: null };
    expect(classifyFormatTask(open, '2026-06-08T22:59:59Z')).toBeNull();
    expect(classifyFormatTask(open, '2026-06-08T23:00:00Z')?.met).toBe(false);
  });
});
