import { useSession } from '../../auth/useSession';

/**
 * Only the community team and managers change venues, series and occurrences (the API
 * refuses everyone else too); advisors see everything and record attendance.
 */
export function useCanEdit(): boolean {
  const role = useSession().data?.role;
  return role === 'community' || role === 'manager';
}
