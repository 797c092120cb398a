import { Link, useLocation } from 'react-router';
import { signInPath } from '../../auth/returnTo';
import { useOutbox } from './hooks';

const changes = (n: number) => `${n} ${n === 1 ? 'change' : 'changes'}`;
const visits = (n: number) => (n === 1 ? '1 visit was' : `${n} visits were`);

/**
 * What is saved on the phone and not yet with the office, said politely to screen readers
 * whenever it changes: "3 changes waiting to send", "All changes sent", and conflicts.
 */
export function OutboxStatus() {
  const outbox = useOutbox();
  const { waiting, needsSignIn, records } = outbox;
  const { conflicts } = outbox;
  // A meeting record the server would not take is the advisor's to check, like a refused outcome.
  const failed = [...outbox.failed, ...records.conflicts, ...records.failed];
  const location = useLocation();
  const reason = [...outbox.pending, ...records.pending].find((item) => item.reason)?.reason;
  return (
    <div className="ds-outbox-status" role="status" aria-live="polite">
      <p>
        <strong>
          {waiting > 0
            ? `${changes(waiting)} waiting to send`
            : conflicts.length + failed.length > 0
              ? 'All other changes sent'
              : 'All changes sent'}
        </strong>
        {waiting > 0 && reason && !needsSignIn ? ` ${reason}` : null}
      </p>
      {needsSignIn ? (
        <p>
          Your session has ended: nothing is lost.{' '}
          <Link to={signInPath(`${location.pathname}${location.search}`)}>
            Sign in again to send them
          </Link>
        </p>
      ) : null}
      {conflicts.length > 0 ? (
        <p>{visits(conflicts.length)} changed in the office. Check before sending again.</p>
      ) : null}
      {failed.length > 0 ? (
        <p>{changes(failed.length)} could not be sent. Check the reason on the visit or record.</p>
      ) : null}
    </div>
  );
}
