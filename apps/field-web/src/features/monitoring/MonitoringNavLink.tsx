import { NavLink } from 'react-router';
import { useSession } from '../auth/useSession';

/** The dashboard is the managers' tool: only they (and administrators) get it in the menu. */
export function MonitoringNavLink() {
  const role = useSession().data?.role;
  if (role !== 'manager' && role !== 'admin') return null;
  return (
    <li>
      <NavLink to="/monitoring">Monitoring</NavLink>
    </li>
  );
}
