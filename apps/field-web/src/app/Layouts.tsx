import { MAIN_CONTENT_ID, PageLayout } from '@doorstep/ui';
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { RequireStaff } from '../features/auth/RequireStaff';
import { SignedInAs } from '../features/auth/SignedInAs';
import { MonitoringNavLink } from '../features/monitoring/MonitoringNavLink';

const contactFooter = (
  <p>
    Need help? Call <a href="tel:08000000000">0800 000 0000</a> (Relay UK:{' '}
    <a href="tel:1800108000000000">18001 0800 000 0000</a>), Monday to Friday 8am to 8pm, Saturday
    9:30am to 1pm.
  </p>
);

/**
 * A single-page app changes pages without a page load, so screen readers hear nothing; moving
 * focus to the main landmark on each navigation announces the new page as a load would.
 */
function useFocusMainOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger, not an input.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  }, [pathname]);
}

export function StaffLayout() {
  useFocusMainOnNavigate();
  return (
    <PageLayout
      serviceName="Doorstep for staff"
      homeHref="/advisor"
      navigation={
        <ul>
          <li>
            <NavLink to="/advisor/day">My day</NavLink>
          </li>
          <li>
            <NavLink to="/advisor" end>
              Patches
            </NavLink>
          </li>
          <li>
            <NavLink to="/advisor/notices">Notices to send</NavLink>
          </li>
          <li>
            <NavLink to="/advisor/coverage">Living Well coverage</NavLink>
          </li>
          <li>
            <NavLink to="/community" end>
              Drop-in sessions
            </NavLink>
          </li>
          <li>
            <NavLink to="/community/venues">Venues</NavLink>
          </li>
          <MonitoringNavLink />
        </ul>
      }
      footer={<p>Doorstep – Housing Advisor and community team tools.</p>}
    >
      <RequireStaff>
        <SignedInAs />
        <Outlet />
      </RequireStaff>
    </PageLayout>
  );
}

export function PublicLayout() {
  useFocusMainOnNavigate();
  return (
    <PageLayout serviceName="Doorstep" homeHref="/" footer={contactFooter}>
      <Outlet />
    </PageLayout>
  );
}
