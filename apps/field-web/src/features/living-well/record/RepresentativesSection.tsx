import type { Representative } from '@doorstep/domain';
import { Link } from 'react-router';
import { longDate } from '../../drop-ins/community/format';
import { words } from './labels';
import { RecordSection } from './RecordSection';

const periodWords = (rep: Representative) => {
  if (rep.period === 'one_off') return `one-off, on ${longDate(rep.startsOn)}`;
  if (rep.period === 'time_limited' && rep.endsOn)
    return `from ${longDate(rep.startsOn)} until ${longDate(rep.endsOn)}`;
  return `ongoing since ${longDate(rep.startsOn)}`;
};

// YYYY-MM-DD dates compare as text: 16 years on from the birthday, with the year moved on.
const under16 = (dateOfBirth: string, today: string) =>
  `${Number(dateOfBirth.slice(0, 4)) + 16}${dateOfBirth.slice(4)}` > today;

/** Why this person cannot be spoken to about the tenancy today, if there is a reason. */
function notActing(rep: Representative, today: string): string | null {
  if (rep.withdrawnAt) return 'The tenant has withdrawn this authorisation.';
  if (rep.dateOfBirth && under16(rep.dateOfBirth, today))
    return 'They are under 16, so they cannot act as a representative.';
  if (rep.endsOn && rep.endsOn < today)
    return `This authorisation ended on ${longDate(rep.endsOn)}.`;
  if (!rep.authorisedOn || rep.authorisedBy === 'phone' || rep.authorisedBy === 'in_person')
    return 'We hold no written authorisation, so we cannot discuss the tenancy with them yet.';
  return null;
}

/**
 * The people the tenant has nominated to act for them, with what they may deal with and for
 * how long (000 §2.19–2.20), so the tenant can say whether that is still right. Changes need
 * the tenant's own written word, which is why this section shows rather than edits.
 */
export function RepresentativesSection({
  representatives,
  customerId,
  today,
}: {
  representatives: Representative[];
  customerId: string;
  today: string;
}) {
  return (
    <RecordSection id="representatives-section" title="Representatives">
      {representatives.length === 0 ? (
        <p>Nobody is authorised to act for them.</p>
      ) : (
        <ul className="lw-cards">
          {representatives.map((rep) => {
            const warning = notActing(rep, today);
            return (
              <li key={rep.id} className="lw-card">
                <h3>{rep.name}</h3>
                <p>
                  {rep.relationship}
                  {rep.organisation ? `, ${rep.organisation}` : ''}
                </p>
                <p>
                  Can deal with:{' '}
                  {rep.scope.includes('all') ? 'everything' : rep.scope.map(words).join(', ')}
                  <br />
                  Authorisation: {periodWords(rep)}
                  {rep.authorisedOn
                    ? `, given ${rep.authorisedBy ? `by ${words(rep.authorisedBy)} ` : ''}on ${longDate(rep.authorisedOn)}`
                    : ''}
                </p>
                {warning ? <p className="ds-warning">{warning}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        To add, change or withdraw a representative the tenant tells us in writing, by email or
        letter, naming the person, their contact details, what they may deal with and for how long.
        If they would like an advocate, we can refer them to an advocacy service.
      </p>
      <p className="lw-link">
        <Link to={`/advisor/customers/${customerId}`}>Open their customer record</Link>
      </p>
    </RecordSection>
  );
}
