import { canShareWith, type Representative } from '@doorstep/domain';
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

/**
 * Why this person cannot be told about the tenancy today, in the domain's own words
 * (canShareWith, the rule the notices and the API use), or null when they may.
 */
function notActing(rep: Representative, now: Date): string | null {
  const decision = canShareWith({ representatives: [rep] }, rep.id, now, 'tenancy');
  return decision.allowed ? null : decision.message;
}

/**
 * The people the tenant has nominated to act for them, with what they may deal with and for
 * how long (000 §2.19–2.20), so the tenant can say whether that is still right. Changes need
 * the tenant's own written word, which is why this section shows rather than edits.
 */
export function RepresentativesSection({
  representatives,
  customerId,
  now,
}: {
  representatives: Representative[];
  customerId: string;
  now: Date;
}) {
  return (
    <RecordSection id="representatives-section" title="Representatives">
      {representatives.length === 0 ? (
        <p>Nobody is authorised to act for them.</p>
      ) : (
        <ul className="lw-cards">
          {representatives.map((rep) => {
            const warning = notActing(rep, now);
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
