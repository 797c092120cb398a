import { describe, expect, it } from 'vitest';
import { londonDateTime } from '../calendar/london';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { isOpen, nextOpening, type OpeningHours } from './opening-hours';

const local = (date: string, time: string) => londonDateTime(date, time);

describe('contact centre hours (000 §2.2): Mon–Fri 08:00–20:00, Sat 09:30–13:00, closed bank holidays', () => {
  it.each([
    ['2026-06-08', '07:59', false, 'Monday before opening'],
    ['2026-06-08', '08:00', true, 'Monday at opening'],
    ['2026-06-08', '19:59', true, 'Monday just before closing'],
    ['2026-06-08', '20:00', false, 'Monday at closing'],
    ['2026-06-13', '09:30', true, 'Saturday morning'],
    ['2026-06-13', '13:00', false, 'Saturday at 1pm'],
    ['2026-06-14', '12:00', false, 'Sunday'],
    ['2026-05-25', '12:00', false, 'Spring bank holiday'],
    ['2026-03-30', '08:30', true, 'Monday after the clocks go forward'],
  ])('%s %s open: %s (%s)', (date, time, open) => {
    expect(isOpen('contact_centre', local(date, time))).toBe(open);
    expect(isOpen('live_chat', local(date, time))).toBe(open);
  });

  it('the emergency line and online services never close (000 §2.2, 002 §8.6, §8.10)', () => {
    for (const [date, time] of [
      ['2026-12-25', '03:00'],
      ['2026-05-25', '23:59'],
      ['2026-10-25', '01:30'],
    ] as const) {
      expect(isOpen('emergency_line', local(date, time))).toBe(true);
      expect(isOpen('online_services', local(date, time))).toBe(true);
      expect(nextOpening('emergency_line', local(date, time))?.equals(local(date, time))).toBe(
        true,
      );
    }
  });
});

describe('nextOpening', () => {
  it('is the moment itself when open', () => {
    const at = local('2026-06-08', '10:00');
    expect(nextOpening('contact_centre', at)?.toString()).toBe(at.toString());
  });

  it('Saturday afternoon: opens again on Monday morning', () => {
    expect(nextOpening('contact_centre', local('2026-06-13', '14:00'))?.toString()).toBe(
      '2026-06-15T08:00:00+01:00[Europe/London]',
    );
  });

  it('over Christmas 2026: closed Christmas Day and Boxing Day (a Saturday), then the substitute Monday', () => {
    expect(nextOpening('contact_centre', local('2026-12-24', '20:30'))?.toString()).toBe(
      '2026-12-29T08:00:00+00:00[Europe/London]',
    );
  });

  it('Christmas 2027 falls on a Saturday: opens Wednesday 29 after the two substitute days', () => {
    expect(nextOpening('contact_centre', local('2027-12-24', '20:30'))?.toString()).toBe(
      '2027-12-29T08:00:00+00:00[Europe/London]',
    );
  });

  it('honours an organisation’s Christmas shutdown', () => {
    const calendar = createWorkingCalendar({
      closedDays: ['2026-12-26', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-02'],
    });
    expect(
      nextOpening('contact_centre', local('2026-12-24', '20:30'), { calendar })?.toString(),
    ).toBe('2027-01-04T08:00:00+00:00[Europe/London]');
    expect(isOpen('contact_centre', local('2026-12-30', '10:00'), { calendar })).toBe(false);
  });

  it('takes an organisation’s own hours as data, e.g. a headquarters open Mon–Thu 9–5 and Fri 9–4.30 (002 §8.9)', () => {
    const headquarters: OpeningHours = {
      label: 'Headquarters',
      alwaysOpen: false,
      closedOnBankHolidays: true,
      source: '002 §8.9',
      weekly: {
        monday: [{ opens: '09:00', closes: '17:00' }],
        thursday: [{ opens: '09:00', closes: '17:00' }],
        friday: [{ opens: '09:00', closes: '16:30' }],
      },
    };
    expect(isOpen(headquarters, local('2026-06-12', '16:45'))).toBe(false);
    expect(nextOpening(headquarters, local('2026-06-12', '16:45'))?.toString()).toBe(
      '2026-06-15T09:00:00+01:00[Europe/London]',
    );
  });

  it('handles a day split by a lunch closure', () => {
    const office: OpeningHours = {
      label: 'Office',
      alwaysOpen: false,
      closedOnBankHolidays: true,
      source: 'test',
      weekly: {
        tuesday: [
          { opens: '13:30', closes: '16:00' },
          { opens: '09:00', closes: '12:30' },
        ],
      },
    };
    expect(isOpen(office, local('2026-06-09', '13:00'))).toBe(false);
    expect(nextOpening(office, local('2026-06-09', '08:00'))?.toPlainTime().toString()).toBe(
      '09:00:00',
    );
    expect(nextOpening(office, local('2026-06-09', '12:45'))?.toPlainTime().toString()).toBe(
      '13:30:00',
    );
  });

  it('is null for a service with no hours, and refuses an unknown service', () => {
    const never: OpeningHours = {
      label: 'Never',
      alwaysOpen: false,
      closedOnBankHolidays: false,
      source: 'test',
      weekly: {},
    };
    expect(nextOpening(never, local('2026-06-08', '10:00'))).toBeNull();
    expect(() => isOpen('helpdesk' as never, local('2026-06-08', '10:00'))).toThrow(
      /not a service/,
    );
  });
});
