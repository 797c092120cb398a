/**
 * The shapes of appointments.day and appointments.recordOutcome as the field contract gives
 * them. Kept here, in one file, so the pages name them once.
 */
import type { AppointmentType, BriefingChip, VisitOutcome } from '@doorstep/domain';

export type { BriefingChip, VisitOutcome };

export interface DayVisit {
  id: string;
  version: number;
  date: string;
  start: string;
  end: string;
  flexible: boolean;
  type: AppointmentType;
  typeLabel: string;
  purpose: string;
  reference: string | null;
  status: 'booked' | 'completed' | 'no_access' | 'cancelled' | 'rescheduled';
  outcome: { outcome: VisitOutcome; occurredAt: string } | null;
  attempt: { number: number; standard: number | null };
  customer: { id: string; name: string; phone: string | null };
  home: { addressLine1: string; postcode: string; latitude: number; longitude: number };
  travelFromPrevious: { minutes: number; km: number } | null;
  briefing: BriefingChip[];
  hasSafeguardingDetail: boolean;
  livingWellTenancyId: string | null;
}

export interface DayOutput {
  date: string;
  days: number;
  generatedAt: string;
  start: { label: string; latitude: number; longitude: number };
  visits: DayVisit[];
  totals: { visits: number; travelMinutes: number; travelKm: number };
}

export type FollowUpInput =
  | { kind: 'none' }
  | { kind: 'rebook_link' }
  | { kind: 'second_attempt'; start: string };

export interface RecordOutcomeInput {
  idempotencyKey: string;
  appointmentId: string;
  expectedVersion: number;
  outcome: VisitOutcome;
  occurredAt: string;
  cardLeft?: boolean;
  followUp?: FollowUpInput;
  note?: string;
}
