import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { describeError } from '../components/ui/describe-error';
import { isK8sApiError } from '../lib/k8s/errors';
import type { ErrorNoticeStore } from './error-notices';

const MAX_RETRIES = 3;

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { errorNotice?: boolean };
    mutationMeta: { errorNotice?: boolean };
  }
}

// 4xx answers will not change by asking again, except 429 which asks us to come back later.
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isK8sApiError(error) && error.code >= 400 && error.code < 500 && error.code !== 429) return false;
  return failureCount < MAX_RETRIES;
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
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
