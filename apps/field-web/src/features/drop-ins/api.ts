import type { AppRouter } from '@doorstep/api';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { listInput } from './routes';
import type { MapConfig, PublicList, PublicPoster, PublicSessionDetail } from './types';

/** The public procedures the pages read; none needs a sign-in. */
export interface DropInsApi {
  list: (input: ReturnType<typeof listInput>) => Promise<PublicList>;
  session: (input: { seriesId: string; originalDate: string }) => Promise<PublicSessionDetail>;
  poster: (input: { area: string; month: string }) => Promise<PublicPoster>;
  config: () => Promise<MapConfig>;
}

/** The plain tRPC client, batched: a list and the map settings come back in one request. */
export function makeDropInsApi(): DropInsApi {
  const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc' })] });
  const procedures = client.dropIns.public;
  return {
    list: (input) => procedures.list.query(input),
    session: (input) => procedures.session.query(input),
    poster: (input) => procedures.poster.query(input),
    config: () => procedures.config.query(),
  };
}

export const DEFAULT_RETRY_DELAYS_MS = [1000, 2000];

/** A refusal (4xx) will not change on a retry; a network or server failure may. */
export const isRefusal = (error: unknown) =>
  error instanceof TRPCClientError && (error.data?.httpStatus ?? 500) < 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Remote<T> {
  /** The latest answer; while another `key` loads, the one before (so a list does not blank). */
  data: T | undefined;
  error: unknown;
  /** Nothing to show yet. */
  isPending: boolean;
  /** A load is under way, with or without something shown. */
  isLoading: boolean;
  isError: boolean;
  retry: () => void;
}

/** Loads `load()` for each new `key`, retrying quietly on failures that may pass. */
export function useRemote<T>(
  load: () => Promise<T>,
  key: string,
  retryDelaysMs: readonly number[] = DEFAULT_RETRY_DELAYS_MS,
): Remote<T> {
  const [state, setState] = useState<{
    data?: T;
    error?: unknown;
    loading: boolean;
    failed: boolean;
  }>({ loading: true, failed: false });
  const latest = useRef(0);
  const current = useRef({ load, retryDelaysMs });
  current.current = { load, retryDelaysMs };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches.
  const run = useCallback(async () => {
    const request = ++latest.current;
    setState((before) => ({ data: before.data, loading: true, failed: false }));
    for (let attempt = 0; ; attempt++) {
      try {
        const data = await current.current.load();
        if (request === latest.current) setState({ data, loading: false, failed: false });
        return;
      } catch (error) {
        const delay = current.current.retryDelaysMs[attempt];
        if (delay === undefined || isRefusal(error)) {
          if (request === latest.current)
            setState((before) => ({ data: before.data, error, loading: false, failed: true }));
          return;
        }
        await sleep(delay);
        if (request !== latest.current) return;
      }
    }
  }, [key]);

  useEffect(() => {
    void run();
    return () => {
      latest.current++;
    };
  }, [run]);

  return {
    data: state.data,
    error: state.error,
    isPending: state.data === undefined && !state.failed,
    isLoading: state.loading,
    isError: state.failed,
    retry: () => void run(),
  };
}
