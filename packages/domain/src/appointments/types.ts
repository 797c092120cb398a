/**
 * The kinds of appointment Doorstep books: the shared vocabulary of the API, the database
 * enum and the web app. Durations, notice and deadlines for each live in the notice rules
 * table (src/notices/rules.ts).
 */
export const appointmentTypes = [
  'living_well',
  'tenancy_visit',
  'repair_inspection',
  'gas_safety_check',
  'electrical_safety_check',
  'damp_mould_investigation',
  'survey',
  'home_improvement',
  'digital_support',
  'emergency_repair',
] as const;

export type AppointmentType = (typeof appointmentTypes)[number];

export const isAppointmentType = (value: string): value is AppointmentType =>
  (appointmentTypes as readonly string[]).includes(value);

/** Who proposed the time: the landlord must give written notice, the tenant has agreed it. */
export type InitiatedBy = 'landlord' | 'tenant';
