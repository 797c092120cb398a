import type { AppRouter } from '@doorstep/api';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The header the API requires on every change, as a defence against cross-site forgery. */
const CSRF_HEADER = 'x-doorstep-request';

export const isSignedOutError = (error: unknown) =>
  error instanceof TRPCClientError && error.data?.code === 'UNAUTHORIZED';

export function makeQueryClient(onSignedOut: () => void) {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      // Advisors are often on poor signal: keep what was loaded and retry quietly, but never
      // retry a refusal: it will not change by asking again.
      queries: {
        staleTime: 30_000,
        gcTime: 24 * 60 * 60 * 1000,
        retry: (failures, error) =>
          !(error instanceof TRPCClientError && error.data?.httpStatus < 500) && failures < 2,
      },
    },
  });
  const handle = (error: unknown) => {
    if (isSignedOutError(error)) onSignedOut();
  };
  client.getQueryCache().config.onError = handle;
  client.getMutationCache().config.onError = handle;
  return client;
}

export function makeTRPCClient() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: '/trpc', headers: () => ({ [CSRF_HEADER]: '1' }) })],
  });
}
