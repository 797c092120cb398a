import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';

/** Who is signed in. Always asked afresh on a page load, so a closed session is noticed at once. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 0, refetchOnMount: 'always' }));
}

export const roleNames = {
  advisor: 'Housing Advisor',
  community: 'Community team',
  manager: 'Manager',
  admin: 'Administrator',
} as const;
