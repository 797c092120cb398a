import type { AppRouter } from '@doorstep/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>['booking'];
export type BookingView = Outputs['view'];
export type Slot = BookingView['days'][number]['slots'][number];
export type Booked = Outputs['book'];

export const PHONE = '0800 000 0000';
export const PHONE_HREF = 'tel:08000000000';
export const RELAY = '18001 0800 000 0000';
export const RELAY_HREF = 'tel:1800108000000000';
/** The longest "times I cannot do" note the API keeps. */
export const NOTE_MAX = 500;
