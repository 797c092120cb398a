import type { AppRouter } from '@doorstep/api';
import { createTRPCClient, httpBatchLink, type TRPCClient, TRPCClientError } from '@trpc/client';
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { BookingView } from './types';

/**
 * The tenant pages talk to the API with the plain tRPC client and a few React state hooks:
 * no query cache or router, so a tenant's phone downloads as little as possible.
 */
export type BookingClient = TRPCClient<AppRouter>;

/** The header the API requires on every change, as a defence against cross-site forgery. */
const CSRF_HEADER = 'x-doorstep-request';

export function makeBookingClient(): BookingClient {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: '/trpc', headers: () => ({ [CSRF_HEADER]: '1' }) })],
  });
}

/** Waits before each retry of loading the page; a refusal (4xx) is never retried. */
export const DEFAULT_RETRY_DELAYS_MS = [1000, 2000];

const isRefusal = (error: unknown) =>
  error instanceof TRPCClientError && (error.data?.httpStatus ?? 500) < 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ViewState {
  data: BookingView | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => Promise<void>;
}

/**
 * The tenant's view of their visit: loaded on open, kept while it is refreshed (after a
 * change, or when the tab comes back into view), retried quietly on a network or server
 * failure.
 */
export function useBookingView(
  client: BookingClient,
  token: string,
  retryDelaysMs: readonly number[] = DEFAULT_RETRY_DELAYS_MS,
): ViewState {
  const [state, setState] = useState<{ data?: BookingView; error?: unknown; failed: boolean }>({
    failed: false,
  });
  const latest = useRef(0);
  const delays = useRef(retryDelaysMs);
  delays.current = retryDelaysMs;

  const refetch = useCallback(async () => {
    const request = ++latest.current;
    // With nothing shown yet, a new attempt shows "loading" again rather than the failure.
    setState((current) => (current.data ? current : { failed: false }));
    for (let attempt = 0; ; attempt++) {
      try {
        const data = await client.booking.view.query({ token });
        if (request === latest.current) setState({ data, failed: false });
        return;
      } catch (error) {
        const delay = delays.current[attempt];
        if (delay === undefined || isRefusal(error)) {
          if (request === latest.current)
            setState((current) => ({ data: current.data, error, failed: true }));
          return;
        }
        await sleep(delay);
        if (request !== latest.current) return;
      }
    }
  }, [client, token]);

  useEffect(() => {
    void refetch();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refetch();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    return () => {
      latest.current++;
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
    };
  }, [refetch]);

  return {
    data: state.data,
    error: state.error,
    isPending: !state.data && !state.failed,
    isError: state.failed,
    refetch,
  };
}

/** A change the tenant asks for: pending until it and what follows it have finished. */
export function useAction<Input, Output>(
  run: (input: Input) => Promise<Output>,
  handlers: {
    onSuccess?: (output: Output) => unknown;
    onError?: (error: unknown) => unknown;
  },
) {
  const [isPending, setPending] = useState(false);
  const current = useRef(handlers);
  current.current = handlers;
  const mutate = (input: Input) => {
    setPending(true);
    run(input)
      .then(
        (output) => current.current.onSuccess?.(output),
        (error: unknown) => current.current.onError?.(error),
      )
      .finally(() => setPending(false));
  };
  return { mutate, isPending };
}

export interface BookingApi {
  client: BookingClient;
  /** Loads the view again, keeping what is shown until the new one arrives. */
  refreshView: () => Promise<void>;
}

const BookingApiContext = createContext<BookingApi | null>(null);
export const BookingApiProvider = BookingApiContext.Provider;

export function useBookingApi(): BookingApi {
  const api = useContext(BookingApiContext);
  if (!api) throw new Error('useBookingApi needs a BookingApiProvider');
  return api;
}
