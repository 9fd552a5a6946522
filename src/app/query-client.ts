import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { describeError } from '../components/ui/describe-error';
import { retryDelay } from '../lib/k8s/backoff';
import { isK8sApiError, isRetryable } from '../lib/k8s/errors';
import type { ErrorNoticeStore } from './error-notices';

const MAX_RETRIES = 3;
// Reads back off 0.5, 1, 2 s (so a failure is on screen within about 4 s), or wait what the
// server's Retry-After asks, up to a minute.
const READ_BACKOFF = { initialMs: 500, maxMs: 8_000, retryAfterMaxMs: 60_000 };

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { errorNotice?: boolean };
    mutationMeta: { errorNotice?: boolean };
  }
}

/**
 * Queries are reads, which are safe to send again, but only when asking again can help: throttling,
 * server trouble, an unreachable proxy. A 403, 404 or 422 will not change by asking again, and
 * neither will a response the client could not parse. Mutations are never retried (see below).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryable(error);
}

/** TanStack's retryDelay: Retry-After when the server sent one, exponential backoff otherwise. */
export function queryRetryDelay(failureCount: number, error: unknown, random = Math.random): number {
  return retryDelay(failureCount, isK8sApiError(error) ? error.retryAfterSeconds : undefined, READ_BACKOFF, random);
}

export function createQueryClient(notices: ErrorNoticeStore): QueryClient {
  const notify = (error: unknown) => {
    const { title, message } = describeError(error);
    notices.push(title, message);
  };
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A first load that fails is shown in place by the view; only failures behind data already on screen need a notice.
        if (query.meta?.errorNotice === false || query.state.data === undefined) return;
        notify(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.errorNotice === false) return;
        notify(error);
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, retryDelay: (count, error) => queryRetryDelay(count, error) },
      // A write is never sent again by itself: a 500 or a dropped connection may hide one that
      // succeeded. The user sees the error, with what they typed, and decides.
      mutations: { retry: false },
    },
  });
}
