import type { AppRouter } from '@doorstep/api';
import type { inferRouterOutputs } from '@trpc/server';

/** What the public drop-in pages get from `dropIns.public.*`: no customer data, ever. */
type Outputs = inferRouterOutputs<AppRouter>['dropIns']['public'];
export type PublicList = Outputs['list'];
export type PublicArea = PublicList['areas'][number];
export type PublicSession = PublicList['sessions'][number];
export type PublicSessionDetail = Outputs['session'];
export type PublicPoster = Outputs['poster'];
export type MapConfig = Outputs['config'];
