import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { AccessProfile } from '../access-needs/profile';
import { contactChannels, writtenFormats } from '../access-needs/vocabulary';
import { appointmentTypes } from '../appointments/types';
import { londonDateTime, toLondon } from '../calendar/london';
import { earliestStart } from './earliest-start';
import { defaultNoticeRules } from './rules';
import { noticeSendBy } from './send-by';

const at = (iso: string) => toLondon(iso).toString();

describe('noticeSendBy', () => {
  it('email notice of a tenancy visit on Mon 15 June 2026: send by the end of Mon 8 June', () => {
    const result = noticeSendBy(
      { type: 'tenancy_visit', start: '2026-06-15T10:00:00+01:00' },
      { contactChannel: 'email' },
    );
    expect(result?.sendBy.toString()).toBe(at('2026-06-09T00:00:00+01:00'));
    expect(result?.produceBy).toBeNull();
    expect(result?.channel).toBe('email');
  });

  it('braille by post for a Living Well meeting on Wed 24 June 2026: order by Mon 1 June, post by Mon 8 June', () => {
    const result = noticeSendBy(
      { type: 'living_well', start: '2026-06-24T10:00:00+01:00' },
      { writtenFormat: 'braille' },
    );
    expect(result?.produceBy?.toString()).toBe(at('2026-06-02T00:00:00+01:00'));
    expect(result?.sendBy.toString()).toBe(at('2026-06-09T00:00:00+01:00'));
    expect(result?.reasons[0]).toBe('braille letter: 5 working days to produce');
  });

  it('a letter is posted on a working day, never on a Sunday', () => {
    const result = noticeSendBy(
      { type: 'repair_inspection', start: '2026-06-10T09:00:00+01:00' },
      { contactChannel: 'post' },
    );
    // Must arrive by Mon 8 June (2 working days before Wed 10); posted 2 working days earlier, Thu 4 June.
    expect(result?.sendBy.toString()).toBe(at('2026-06-05T00:00:00+01:00'));
  });

  it('24 hours of notice before a 01:30 BST visit on 25 October 2026 is 24 real hours', () => {
    const start = londonDateTime('2026-10-25', '01:30');
    const result = noticeSendBy(
      { type: 'damp_mould_investigation', start },
      { contactChannel: 'email' },
    );
    expect(result?.sendBy.until(start).total('hours')).toBe(24);
    expect(result?.sendBy.toString()).toBe('2026-10-24T01:30:00+01:00[Europe/London]');
  });

  it('24 hours of notice before 09:00 BST on 29 March 2026 starts at 08:00 GMT the day before', () => {
    const start = londonDateTime('2026-03-29', '09:00');
    const result = noticeSendBy(
      { type: 'damp_mould_investigation', start },
      { contactChannel: 'sms' },
    );
    expect(result?.sendBy.toString()).toBe('2026-03-28T08:00:00+00:00[Europe/London]');
  });

  it('no notice is owed for a time the tenant chose, an emergency, or digital support', () => {
    const start = '2026-06-15T10:00:00+01:00';
    expect(noticeSendBy({ type: 'tenancy_visit', start, initiatedBy: 'tenant' }, {})).toBeNull();
    expect(noticeSendBy({ type: 'emergency_repair', start }, {})).toBeNull();
    expect(noticeSendBy({ type: 'digital_support', start }, {})).toBeNull();
    expect(
      noticeSendBy({ type: 'damp_mould_investigation', start, emergencyHazard: true }, {}),
    ).toBeNull();
  });
});

describe('noticeSendBy is the inverse of earliestStart (property)', () => {
  const noticed = appointmentTypes.filter(
    (type) => defaultNoticeRules.appointments[type].landlordNotice,
  );
  const profileArb = fc.record({
    writtenFormat: fc.constantFrom(...writtenFormats),
    contactChannel: fc.constantFrom(...contactChannels),
    preferredLanguage: fc.constantFrom('en', 'cy', 'pl'),
  }) satisfies fc.Arbitrary<AccessProfile>;
  const startArb = fc.integer({ min: 0, max: 6 * 365 * 24 * 4 }).map((quarterHours) =>
    Temporal.ZonedDateTime.from('2026-01-05T00:00:00+00:00[Europe/London]').add({
      minutes: quarterHours * 15,
    }),
  );

  it('acting just before produceBy/sendBy lets the visit go ahead at its start', () => {
    fc.assert(
      fc.property(fc.constantFrom(...noticed), profileArb, startArb, (type, profile, start) => {
        const sendBy = noticeSendBy({ type, start }, profile);
        expect(sendBy).not.toBeNull();
        if (!sendBy) return;
        const now = (sendBy.produceBy ?? sendBy.sendBy).subtract({ minutes: 1 });
        const earliest = earliestStart({ type, now, profile, initiatedBy: 'landlord' });
        expect(Temporal.ZonedDateTime.compare(earliest.at, start)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('for email and SMS, sending after sendBy is too late', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...noticed),
        startArb,
        fc.constantFrom('email', 'sms') as fc.Arbitrary<'email' | 'sms'>,
        (type, start, contactChannel) => {
          const profile: AccessProfile = { contactChannel };
          const sendBy = noticeSendBy({ type, start }, profile);
          if (!sendBy) throw new Error('notice expected');
          const now = sendBy.sendBy.add({ minutes: 1 });
          const earliest = earliestStart({ type, now, profile, initiatedBy: 'landlord' });
          expect(Temporal.ZonedDateTime.compare(earliest.at, start)).toBe(1);
        },
      ),
    );
  });
});
