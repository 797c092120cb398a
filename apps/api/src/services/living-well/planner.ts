import {
  type PlannerInput,
  type PlannerOptions,
  type PlanResult,
  planMeetings,
} from '@doorstep/domain';

/** Runs planMeetings somewhere: in the routing worker pool on a server, in-process elsewhere. */
export interface MeetingPlanner {
  plan(input: PlannerInput, options?: Omit<PlannerOptions, 'now'>): Promise<PlanResult>;
}

/**
 * For contexts built without a server (scripts, most tests): the same planner on this
 * thread. A server passes its worker pool instead, so a plan never holds the event loop.
 */
export const inProcessPlanner: MeetingPlanner = {
  plan: async (input, options) => planMeetings(input, options),
};

/** What planning is tuned by: the search time per patch, and how long tenants have to answer. */
export interface LivingWellSettings {
  planner: MeetingPlanner;
  /** The planner's search time for one patch (LIVING_WELL_PLAN_MS). */
  planTimeLimitMs: number;
  /** Working days a tenant has to answer an invitation before the call-or-knock list (LIVING_WELL_RESPONSE_DAYS). */
  responseWorkingDays: number;
}

export const defaultLivingWellSettings: LivingWellSettings = {
  planner: inProcessPlanner,
  planTimeLimitMs: 2000,
  responseWorkingDays: 10,
};
