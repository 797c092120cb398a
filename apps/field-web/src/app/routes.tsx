import type { RouteObject } from 'react-router';
import { HomePage } from './HomePage';
import { PublicLayout, StaffLayout } from './Layouts';
import { NotFoundPage } from './NotFoundPage';

/** Tenant and public pages load as their own bundles, so a tenant's phone never downloads staff code. */
export const routes: RouteObject[] = [
  // A tenant's link has its own layout, in the tenant's language.
  {
    path: 'b/:token',
    lazy: async () => ({
      Component: (await import('../features/booking/BookingLinkPage')).BookingLinkPage,
    }),
  },
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
