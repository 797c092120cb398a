import { StatusMessage, TableRegion } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { useSession } from '../auth/useSession';
import { count, km, percent } from './format';
import type { Coverage } from './types';
import './living-well.css';

const forbidden = (error: { data?: { code?: string } | null }) => error.data?.code === 'FORBIDDEN';

/** "120 of 480 (25%)"; a patch with no tenancies has no share. */
const metText = (coverage: Coverage) =>
  `${count(coverage.metLast12Months)} of ${count(coverage.tenancies)}${coverage.share === null ? '' : ` (${percent(coverage.share)})`}`;

/** The figures with a bar that shows the share; the words are there without the bar. */
function MetShare({ coverage }: { coverage: Coverage }) {
  const width = `${Math.round(Math.min(1, Math.max(0, coverage.share ?? 0)) * 100)}%`;
  return (
    <>
      <span className="ds-nowrap">{metText(coverage)}</span>
      <span className="lw-bar" aria-hidden="true">
        <span className="lw-bar__fill" style={{ width }} />
      </span>
    </>
  );
}

function Figures({ coverage }: { coverage: Coverage }) {
  return (
    <>
      <td>
        <MetShare coverage={coverage} />
      </td>
      <td>{count(coverage.overdue)}</td>
      <td className="ds-nowrap">
        {count(coverage.plannedNext13Weeks)} of {count(coverage.capacityNext13Weeks)}
      </td>
      <td className="ds-nowrap">
        {coverage.travelKmPerVisit === null ? 'No plan' : km(coverage.travelKmPerVisit)}
      </td>
    </>
  );
}

/**
 * How well each patch is covered: who has been met in the last 12 months, who is overdue,
 * and whether the next 13 weeks' plan fits the advisor's capacity.
 */
export function CoveragePage() {
  usePageTitle('Living Well coverage');
  const livingWell = useTRPC().livingWell;
  // An advisor sees the patches they work on; a manager, every patch.
  const manager = useSession().data?.role === 'manager';
  // Asked afresh each time: a meeting just recorded must show.
  const coverage = useQuery(livingWell.coverage.queryOptions({}, { retry: false, staleTime: 0 }));
  return (
    <>
      <h1>Living Well coverage</h1>
      <p className="ds-lead">
        Every low-cost rental tenant should have a Living Well meeting at least once a year.
      </p>
      {coverage.isPending ? (
        <StatusMessage kind="loading">Loading coverage…</StatusMessage>
      ) : coverage.isError ? (
        <StatusMessage kind={forbidden(coverage.error) ? 'info' : 'error'}>
          {forbidden(coverage.error)
            ? 'Only Housing Advisors and managers can see Living Well coverage.'
            : coverage.error.message}
        </StatusMessage>
      ) : (
        <>
          <p>
            Overall, {metText(coverage.data.overall)} tenants have been met in the last 12 months,
            and {count(coverage.data.overall.overdue)} are overdue.
          </p>
          <TableRegion captionId="coverage-caption">
            <caption id="coverage-caption">Coverage by patch</caption>
            <thead>
              <tr>
                <th scope="col">Patch</th>
                <th scope="col">Met in the last 12 months</th>
                <th scope="col">Overdue</th>
                <th scope="col">Planned of capacity, next 13 weeks</th>
                <th scope="col">Travel per meeting</th>
              </tr>
            </thead>
            <tbody>
              {coverage.data.patches.map((patch) => (
                <tr key={patch.patchId}>
                  <th scope="row">
                    <Link to={`/advisor/patches/${patch.patchId}/plan`}>
                      {patch.patchName}
                      <span className="ds-visually-hidden">: its plan</span>
                    </Link>
                  </th>
                  <Figures coverage={patch} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{manager ? 'All patches' : 'All your patches'}</th>
                <Figures coverage={coverage.data.overall} />
              </tr>
            </tfoot>
          </TableRegion>
        </>
      )}
    </>
  );
}
