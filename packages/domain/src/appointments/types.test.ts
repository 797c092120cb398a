import { describe, expect, it } from 'vitest';
import { appointmentTypes, isAppointmentType } from './types';

describe('appointment types', () => {
  it('recognises the shared vocabulary and nothing else', () => {
    for (const type of appointmentTypes) expect(isAppointmentType(type)).toBe(true);
    expect(isAppointmentType('boiler_service')).toBe(false);
    expect(isAppointmentType('Gas_Safety_Check')).toBe(false);
  });
});
