import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function HomePage() {
  usePageTitle('Welcome');
  return (
    <>
      <h1>Doorstep</h1>
      <p className="ds-lead">
        Meet your housing team: at home at a time that suits you, or at a drop-in session near you.
      </p>
      <ul className="ds-card-list">
        <li className="ds-card">
          <h2>Drop-in sessions</h2>
          <p>Monthly sessions at community venues across the borough. No appointment needed.</p>
          <Link to="/drop-ins" reloadDocument>
            Find a drop-in session
          </Link>
        </li>
        <li className="ds-card">
          <h2>Staff</h2>
          <p>Housing Advisors and the community team.</p>
          <Link to="/advisor">Go to Doorstep for staff</Link>
          <br />
          <Link to="/advisor/day">My day: your visits today (Housing Advisors)</Link>
        </li>
      </ul>
    </>
  );
}
