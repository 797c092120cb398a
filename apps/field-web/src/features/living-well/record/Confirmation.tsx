import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { longDate } from '../../drop-ins/community/format';
import type { Outcome } from './types';

const headings: Record<Outcome, string> = {
  met: 'Living Well meeting recorded',
  no_access: 'No access recorded',
  declined: 'Declined meeting recorded',
};

/**
 * What saving did: the next due date and the ways back. Focus moves to the heading so a
 * screen reader says at once that the record is saved.
 */
export function Confirmation({
  outcome,
  nextDueOn,
  customerId,
  customerName,
  patchId,
}: {
  outcome: Outcome;
  nextDueOn: string;
  customerId: string;
  customerName: string;
  patchId: string | null;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(headings[outcome]);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <div className="ds-panel">
        <h1 ref={heading} tabIndex={-1}>
          {headings[outcome]}
        </h1>
        <p className="ds-panel__body">
          Next meeting due by <strong>{longDate(nextDueOn)}</strong>
        </p>
      </div>
      <p>
        {outcome === 'met'
          ? 'Any changes to their profile are saved, and each service they asked about is now a referral.'
          : 'Nothing on their profile was changed.'}
      </p>
      <ul className="ds-list ds-list--links">
        <li>
          <Link to={`/advisor/customers/${customerId}`}>Back to {customerName}</Link>
        </li>
        {patchId ? (
          <li>
            <Link to={`/advisor/patches/${patchId}/plan`}>Back to the patch plan</Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}
