import type { AppRouter } from '@doorstep/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type Venue = Outputs['venues']['byId'];
export type VenueSummary = Outputs['venues']['list'][number];
export type VenueInput = Inputs['venues']['create'];
export type VenueRevision = Outputs['venues']['history'][number];
export type Series = Outputs['dropIns']['series']['byId'];
export type SeriesSummary = Outputs['dropIns']['series']['list'][number];
export type SeriesInput = Inputs['dropIns']['series']['create'];
export type PreviewInput = Inputs['dropIns']['series']['preview'];
export type Preview = Outputs['dropIns']['series']['preview'];
export type OccurrenceView = Series['upcoming'][number];
export type ListedOccurrence = Outputs['dropIns']['occurrences']['list'][number];
export type AttendanceTrend = Series['attendance'];
