import type { RouteObject } from 'react-router';
import { HomePage } from './HomePage';
import { PublicLayout, StaffLayout } from './Layouts';
import { NotFoundPage } from './NotFoundPage';

/**
 * Public and staff pages load as their own bundles. A tenant's link (/b/<token>) is not here:
 * it has its own HTML entry (booking.html, src/booking-main.tsx) that the server sends for
 * /b/..., so a tenant's phone downloads neither this router nor any staff code.
 */
export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'drop-ins',
        lazy: async () => ({
          Component: (await import('../features/drop-ins/VenuesPage')).VenuesPage,
        }),
      },
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
        path: 'customers/:customerId',
        lazy: async () => ({
          Component: (await import('../features/access-needs/CustomerPage')).CustomerPage,
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
    ],
  },
];
