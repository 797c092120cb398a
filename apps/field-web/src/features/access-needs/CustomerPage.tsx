import { StatusMessage, SummaryList } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { BookByPhone } from '../appointments/BookByPhone';
import { InviteToBook } from '../appointments/InviteToBook';
import { CustomerNotices } from '../notices/CustomerNotices';
import { ReminderPreference } from './ReminderPreference';

const yesNo = (value: boolean | undefined) => (value ? 'Yes' : 'No');
const words = (code: string) => code.replaceAll('_', ' ');

/**
 * One customer: their access needs (reading them is audited) and the two ways to arrange a
 * visit, a link they choose a time through or a time agreed with them now.
 */
export function CustomerPage() {
  const { customerId = '' } = useParams();
  const trpc = useTRPC();
  const record = useQuery(
    trpc.accessNeeds.profile.queryOptions({ customerId }, { retry: false, staleTime: 0 }),
  );
  usePageTitle(record.data ? record.data.customer.name : 'Customer');

  if (record.isPending) return <StatusMessage kind="loading">Loading the customer…</StatusMessage>;
  if (record.isError) {
    return (
      <>
        <h1>Customer</h1>
        <StatusMessage kind="error">{record.error.message}</StatusMessage>
        <p>
          <Link to="/advisor">Back to patches</Link>
        </p>
      </>
    );
  }
  const { customer, profile } = record.data;
  const restrictions = profile.contactRestrictions ?? [];
  return (
    <>
      <p>
        <Link to="/advisor">Back to patches</Link>
      </p>
      <h1>{customer.name}</h1>
      {customer.livingWellTenancyId ? (
        <p>
          <Link
            className="ds-button ds-button--secondary"
            to={`/advisor/tenancies/${customer.livingWellTenancyId}/living-well`}
          >
            Record Living Well meeting
          </Link>
        </p>
      ) : null}
      <h2>How to contact them</h2>
      <SummaryList
        rows={[
          { key: 'Language', value: profile.preferredLanguage ?? 'en' },
          { key: 'Letters', value: words(profile.writtenFormat ?? 'standard') },
          { key: 'Contact by', value: profile.contactChannel ?? 'post' },
          { key: 'Interpreter', value: profile.interpreter ? words(profile.interpreter) : 'None' },
          { key: 'Relay UK', value: yesNo(profile.relayUk) },
        ]}
      />
      <ReminderPreference customerId={customer.id} initial={customer.wantsReminders} />
      <h2>At the door</h2>
      <SummaryList
        rows={[
          {
            key: 'Extra time',
            value: profile.extraTimeMinutes ? `${profile.extraTimeMinutes} minutes` : 'None',
          },
          {
            key: 'Adjustments',
            value: (profile.visitAdjustments ?? []).map(words).join(', ') || 'None',
          },
          {
            key: 'Times they cannot do',
            value:
              (profile.unavailableWeekly ?? [])
                .map((w) => `${w.day} ${w.from}–${w.to}${w.label ? ` (${w.label})` : ''}`)
                .join('; ') || 'None recorded',
          },
          {
            key: 'Contact restrictions',
            value:
              restrictions.map((r) => `${words(r.kind)}, review by ${r.reviewOn}`).join('; ') ||
              'None',
          },
        ]}
      />
      <InviteToBook customerId={customer.id} />
      <BookByPhone customerId={customer.id} />
      <CustomerNotices customerId={customer.id} />
    </>
  );
}
