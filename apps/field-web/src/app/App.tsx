import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { signInPath } from '../features/auth/returnTo';
import { makeQueryClient, makeTRPCClient, TRPCProvider } from '../trpc';
import { routes } from './routes';

const router = createBrowserRouter(routes);

/**
 * When the server says the session has ended (idle or absolute timeout, or signed out in
 * another tab), go to sign-in and come back to the same page afterwards.
 */
function returnToSignIn() {
  const { pathname, search } = window.location;
  if (pathname === '/sign-in') return;
  void router.navigate(signInPath(`${pathname}${search}`), { replace: true });
}

export function App() {
  const [queryClient] = useState(() => makeQueryClient(returnToSignIn));
  const [trpcClient] = useState(makeTRPCClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
