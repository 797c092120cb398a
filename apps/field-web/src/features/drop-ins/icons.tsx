import type { VenueFact } from '@doorstep/domain';

/**
 * Small line icons beside words. They are never the only way a fact is given, so screen
 * readers skip them (aria-hidden) and read the words.
 */
const paths = {
  stepFreeEntrance: 'M12 4.5a1.5 1.5 0 1 0 0 .1M11 8v6h5l2 5M11 11h4M9.5 10.5a5 5 0 1 0 5 7.5',
  accessibleToilet: 'M6 3h12v7H6zM8 10v4a4 4 0 0 0 8 0v-4M10 18l-1 3h6l-1-3',
  hearingLoop: 'M7 10a5 5 0 0 1 10 0c0 3-3 4-3 7a3 3 0 0 1-5 1M10 10a2 2 0 0 1 4 0',
  blueBadgeParking: 'M4 3h16v18H4zM9 17V7h4a3 3 0 0 1 0 6H9',
  quietRoom: 'M20 14A8 8 0 1 1 10 4a6 6 0 0 0 10 10z',
  babyChanging: 'M9 3h6M10 3v3l-2 3v11a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1V9l-2-3V3M8 13h8',
  bslOnRequest:
    'M7 11V5a1.5 1.5 0 0 1 3 0v5V4a1.5 1.5 0 0 1 3 0v6V5a1.5 1.5 0 0 1 3 0v8a7 7 0 0 1-12 4l-2-4a1.5 1.5 0 0 1 3-1z',
  calendar: 'M4 6h16v15H4zM4 10h16M8 3v5M16 3v5',
  clock: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 3',
  venue:
    'M12 21s-7-6.2-7-12a7 7 0 0 1 14 0c0 5.8-7 12-7 12zM12 6.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5',
  bus: 'M6 4h12a1 1 0 0 1 1 1v12H5V5a1 1 0 0 1 1-1zM5 11h14M8 17v3M16 17v3M8 14h.01M16 14h.01',
  topics: 'M4 5h16v11H9l-5 4z',
  alert: 'M12 3l10 18H2zM12 10v5M12 18h.01',
} as const satisfies Record<VenueFact | string, string>;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="dp-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[name]} />
    </svg>
  );
}
