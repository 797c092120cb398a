import type { NoticeSendBy } from '@doorstep/domain';
import type { Faker } from '@faker-js/faker';
import type {
  contacts,
  customerCharacteristics,
  dampMouldReports,
  formatTasks,
  notices,
  safetyChecks,
  visitOutcomesTable,
} from '../../schema';
import type { SeedData } from '../generate';
import type { HistoryCalendar } from './calendar';

export type Row<K extends keyof SeedData> = SeedData[K][number];
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'] & { id: string };

/** The rows one patch's history adds, written together so memory stays flat at any size. */
export interface HistoryBatch {
  appointments: Row<'appointments'>[];
  visitOutcomes: Insert<typeof visitOutcomesTable>[];
  notices: Insert<typeof notices>[];
  formatTasks: Insert<typeof formatTasks>[];
  safetyChecks: Insert<typeof safetyChecks>[];
  dampMouldReports: Insert<typeof dampMouldReports>[];
  contacts: Insert<typeof contacts>[];
  customerCharacteristics: Insert<typeof customerCharacteristics>[];
}

export type HistoryKey = keyof HistoryBatch;

export const historyKeys: HistoryKey[] = [
  'appointments',
  'visitOutcomes',
  'notices',
  'formatTasks',
  'safetyChecks',
  'dampMouldReports',
  'contacts',
  'customerCharacteristics',
];

export const emptyBatch = (): HistoryBatch => ({
  appointments: [],
  visitOutcomes: [],
  notices: [],
  formatTasks: [],
  safetyChecks: [],
  dampMouldReports: [],
  contacts: [],
  customerCharacteristics: [],
});

export type Customer = Row<'customers'>;

/** What one patch's history is drawn from. */
export interface PatchPeople {
  patchId: string;
  advisor: Row<'staff'>;
  homes: Row<'homes'>[];
  /** Everyone living in the patch's homes, lead tenants first within a home. */
  customers: Customer[];
  leadOfHome: Map<string, Customer>;
  tenancyOfHome: Map<string, Row<'tenancies'>>;
  meetingsOfTenancy: Map<string, Row<'livingWellMeetings'>[]>;
}

/** Facts about customers the history leans on, looked up once for the whole data set. */
export interface Traits {
  interpreter: Set<string>;
  accessNeed: Set<string>;
  noHomeVisits: Set<string>;
}

export interface HistoryContext {
  faker: Faker;
  calendar: HistoryCalendar;
  /** First day of the history. */
  from: number;
  traits: Traits;
  /** Every reference handed out so far, the seed's own bookings included: they must stay unique. */
  references: Set<string>;
  /** noticeSendBy's answers, by kind of visit, day (time too, for notice in hours) and profile. */
  sendByCache: Map<string, NoticeSendBy | null>;
  /** How much worse or better this patch gets in at the first visit, in percentage points. */
  patchAccess: number;
}
