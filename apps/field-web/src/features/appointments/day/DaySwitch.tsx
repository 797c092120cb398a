import { NavLink } from 'react-router';
import { dayPath, shiftDate, weekPath } from './format';

/** Today, tomorrow or the week: links, so each view has its own address and Back works. */
export function DaySwitch({ today, current }: { today: string; current: string }) {
  const tomorrow = shiftDate(today, 1);
  const links = [
    { to: dayPath(), label: 'Today', match: `day:${today}` },
    { to: dayPath(tomorrow), label: 'Tomorrow', match: `day:${tomorrow}` },
    { to: weekPath(today), label: 'This week', match: `week:${today}` },
  ];
  return (
    <nav aria-label="Choose the day" className="fd-switch">
      <ul>
        {links.map((link) => (
          <li key={link.label}>
            <NavLink
              to={link.to}
              end
              aria-current={link.match === current ? 'page' : undefined}
              className="fd-switch__link"
            >
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
