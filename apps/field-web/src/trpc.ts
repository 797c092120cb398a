import type { AppRouter } from '@doorstep/api';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Advisors are often on poor signal: keep what was loaded and retry quietly.
      queries: { staleTime: 30_000, gcTime: 24 * 60 * 60 * 1000, retry: 2 },
    },
  });
}

export function makeTRPCClient() {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc' })] });
}
