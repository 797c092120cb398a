import type { AppRouter } from '@doorstep/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

export type HomeMove = Outputs['patches']['previewBoundary']['moves'][number];
