import type { RouteObject } from 'react-router';
import { HomePage } from './HomePage';
import { PublicLayout, StaffLayout } from './Layouts';
import { NotFoundPage } from './NotFoundPage';

/**
 * Public and staff pages load as their own bundles. A tenant's link (/b/<token>) and the
 * public drop-in pages (/drop-ins) are not here: each has its own HTML entry (booking.html,
 * drop-ins.html) that the server sends for those paths, so a tenant's phone downloads
 * neither this router nor any staff code.
 */
export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'sign-in',
        lazy: async () => ({ Component: (await import('../features/auth/SignInPage')).SignInPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: 'advisor',
    element: <StaffLayout />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../features/patches/PatchListPage')).PatchListPage,
        }),
      },
      {
        path: 'day',
        lazy: async () => ({
          Component: (await import('../features/appointments/day/DayPage')).DayPage,
        }),
      },
      {
        path: 'day/:date',
        lazy: async () => ({
          Component: (await import('../features/appointments/day/DayPage')).DayPage,
        }),
      },
      {
        path: 'week/:date',
        lazy: async () => ({
          Component: (await import('../features/appointments/day/DayPage')).WeekPage,
        }),
      },
      {
        path: 'visits/:id',
        lazy: async () => ({
          Component: (await import('../features/appointments/day/VisitPage')).VisitPage,
        }),
      },
      {
        path: 'customers/:customerId',
        lazy: async () => ({
          Component: (await import('../features/access-needs/CustomerPage')).CustomerPage,
        }),
      },
      {
        path: 'tenancies/:tenancyId/living-well',
        lazy: async () => ({
          Component: (await import('../features/living-well/record/MeetingRecordPage'))
            .MeetingRecordPage,
        }),
      },
      {
        path: 'notices',
        lazy: async () => ({
          Component: (await import('../features/notices/PendingNoticesPage')).PendingNoticesPage,
        }),
      },
      {
        path: 'patches/:patchId',
        lazy: async () => ({
          Component: (await import('../features/patches/PatchPage')).PatchPage,
        }),
      },
      {
        path: 'patches/:patchId/plan',
        lazy: async () => ({
          Component: (await import('../features/living-well/PlanPage')).PlanPage,
        }),
      },
      {
        path: 'patches/:patchId/boundary',
        lazy: async () => ({
          Component: (await import('../features/patches/BoundaryPage')).BoundaryPage,
        }),
      },
      {
        path: 'coverage',
        lazy: async () => ({
          Component: (await import('../features/living-well/CoveragePage')).CoveragePage,
        }),
      },
    ],
  },
  {
    // The community team's drop-in sessions: every member of staff can see them and record
    // attendance; only the community team and managers get the controls that change them.
    path: 'community',
    element: <StaffLayout />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../features/drop-ins/community/SeriesListPage')).SeriesListPage,
        }),
      },
      {
        path: 'series/new',
        lazy: async () => ({
          Component: (await import('../features/drop-ins/community/SeriesEditPage')).SeriesEditPage,
        }),
      },
      {
        path: 'series/:seriesId',
        lazy: async () => ({
          Component: (await import('../features/drop-ins/community/SeriesPage')).SeriesPage,
        }),
      },
      {
        path: 'series/:seriesId/edit',
        lazy: async () => ({
          Component: (await import('../features/drop-ins/community/SeriesEditPage')).SeriesEditPage,
        }),
      },
      {
        path: 'venues',
        lazy: async () => ({
          Component: (await import('../features/drop-ins/community/VenueListPage')).VenueListPage,
        }),
      },
      {
        path: 'venues/new',
        lazy: async () => ({
          Component: (await import('../features/drop-ins/community/VenueEditPage')).VenueEditPage,
        }),
      },
      {
        path: 'venues/:venueId',
        lazy: async () => ({
          Component: (await import('../features/drop-ins/community/VenuePage')).VenuePage,
        }),
      },
      {
        path: 'venues/:venueId/edit',
        lazy: async () => ({
          Component: (await import('../features/drop-ins/community/VenueEditPage')).VenueEditPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    // Managers' figures; other staff see the parts the API lets them see.
    path: 'monitoring',
    element: <StaffLayout />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../features/monitoring/MonitoringPage')).MonitoringPage,
        }),
      },
      {
        path: 'report',
        lazy: async () => ({
          Component: (await import('../features/monitoring/ReportPage')).ReportPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
