import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  appointmentCalendar,
  type CalendarAppointment,
  minimalLocation,
  staffCalendar,
} from '../src/services/appointments/calendar-files';

const base: CalendarAppointment = {
  id: '6c4b2f0e-8f0a-4d7e-9a51-0f3d2b1c9e77',
  type: 'repair_inspection',
  startsAt: new Date('2026-10-25T10:00:00Z'),
  endsAt: new Date('2026-10-25T10:30:00Z'),
  status: 'booked',
  sequence: 0,
  purpose: 'Look at the leak under the kitchen sink',
  reference: 'DS-7K3M9Q',
  location: 'Your home',
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(component.getFirstSubcomponent('vevent') ?? undefined);
  return { component, event };
}

/** The local wall-clock time an instant shows in London, as calendar apps display it. */
const london = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);

describe('calendar files', () => {
  it.each([
    // 25 October 2026: clocks go back at 02:00 BST. 10:00 GMT is 10:00 in London.
    ['after the October change', '2026-10-25T10:00:00Z', '25/10/2026, 10:00'],
    ['the last BST morning', '2026-10-24T09:00:00Z', '24/10/2026, 10:00'],
    // 29 March 2026: clocks go forward at 01:00 GMT. 09:00 UTC is 10:00 BST.
    ['after the March change', '2026-03-29T09:00:00Z', '29/03/2026, 10:00'],
    ['the last GMT morning', '2026-03-28T10:00:00Z', '28/03/2026, 10:00'],
  ])('gives the right instant %s', (_case, instant, localTime) => {
    const start = new Date(instant);
    const { component, event } = parse(
      appointmentCalendar({
        ...base,
        startsAt: start,
        endsAt: new Date(start.getTime() + 30 * 60_000),
      }),
    );
    expect(component.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.startDate.toJSDate().toISOString()).toBe(start.toISOString());
    expect(london(event.startDate.toJSDate())).toBe(localTime);
    expect(event.endDate.toJSDate().getTime() - start.getTime()).toBe(30 * 60_000);
  });

  it('keeps one UID per appointment and carries the sequence and cancellation', () => {
    const booked = parse(appointmentCalendar(base)).event;
    const cancelled = parse(appointmentCalendar({ ...base, status: 'cancelled', sequence: 2 }));
    expect(cancelled.event.uid).toBe(booked.uid);
    expect(cancelled.event.sequence).toBe(2);
    expect(cancelled.component.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('puts the purpose, reference and phone numbers in the description', () => {
    const { event } = parse(appointmentCalendar(base));
    expect(event.summary).toBe('Repair inspection (DS-7K3M9Q)');
    expect(event.description).toContain('Look at the leak under the kitchen sink');
    expect(event.description).toContain('0800 000 0000');
    expect(event.description).toContain('Relay UK: 18001 0800 000 0000');
  });

  it('cannot be broken open by CRLF or markup in a purpose', () => {
    const purpose =
      'Leak\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected <script>alert(1)</script>';
    const text = appointmentCalendar({ ...base, purpose });
    const { component, event } = parse(text);
    expect(component.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(event.summary).toBe('Repair inspection (DS-7K3M9Q)');
    expect(event.description).toContain('<script>alert(1)</script>');
    expect(text).not.toMatch(/\r\nSUMMARY:Injected/);
  });

  it('gives staff feeds only the type, street and postcode district', () => {
    const location = minimalLocation('12 Seel Road', 'L36 6DG');
    expect(location).toBe('Seel Road, L36');
    const text = staffCalendar('Ann Advisor', [
      { ...base, location, purpose: 'Private detail about the tenant' },
    ]);
    const { event } = parse(text);
    expect(event.location).toBe('Seel Road, L36');
    expect(text).not.toContain('Private detail');
    expect(text).not.toContain('12 Seel');
  });
});
