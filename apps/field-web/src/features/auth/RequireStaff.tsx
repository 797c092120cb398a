import { StatusMessage } from '@doorstep/ui';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useOfflineSession } from '../appointments/offline/useOfflineSession';
import { signInPath } from './returnTo';
import { useSession } from './useSession';

/** Staff pages render nothing private until the server confirms who is signed in. */
export function RequireStaff({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  // No signal: the advisor keeps working from what is saved on the phone.
  const offline = useOfflineSession(session);
  if (offline) return children;
  // A remembered "signed out" is not trusted while the server is being asked again.
  if (session.isPending || (!session.data && session.isFetching)) {
    return (
      <StatusMessage kind="loading" page>
        Checking you are signed in…
      </StatusMessage>
    );
  }
  if (session.isError) {
    return (
      <StatusMessage kind="error">
        Doorstep could not be reached. Check your connection and try again.
      </StatusMessage>
    );
  }
  if (!session.data)
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  return children;
}
