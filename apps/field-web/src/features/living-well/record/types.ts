import type { AppRouter } from '@doorstep/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

/** The record form as livingWell.recordForm fills it from the tenant's profile. */
export type RecordForm = Outputs['livingWell']['recordForm'];
/** What livingWell.record takes. Sections left out were not reviewed: the API leaves them be. */
export type RecordInput = Inputs['livingWell']['record'];
/** A record as queued on the phone: always with the key made when the advisor saved. */
export type MeetingRecordInput = RecordInput & { idempotencyKey: string };

export type Outcome = RecordInput['outcome'];
export type CharacteristicKind = RecordForm['characteristics'][number]['characteristic'];
export type ReferralService = NonNullable<RecordInput['referrals']>[number]['service'];
export type EditableAccessNeeds = RecordForm['accessNeeds'];
