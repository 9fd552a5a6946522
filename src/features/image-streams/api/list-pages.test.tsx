// @vitest-environment jsdom
import { delay, http } from 'msw';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupClusterServer } from '../../../../mocks/node';
import { setApiBaseUrl } from '../../../lib/k8s/request';
import { TEST_ORIGIN } from '../../../lib/k8s/test-helpers';
import { LIST_PAGE_SIZE, listImageStreams } from './fetchers';
import type { ImageStreamListData } from './fetchers';
import { imageStreamQueries } from './queries';

const STREAMS = 1200;
// 1,200 streams through msw on a busy 2-core machine can take seconds per page.
const SLOW = { timeout: 15_000 };
const { server, cluster } = setupClusterServer({ generatedStreams: STREAMS });
beforeAll(() => {
  setApiBaseUrl(TEST_ORIGIN);
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  cluster.stop();
  server.close();
});

function renderList() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const seen: { data: ImageStreamListData | undefined; isFetching: boolean }[] = [];
  const hook = renderHook(
    () => {
      const query = useQuery(imageStreamQueries.list({ namespace: 'bench' }));
      if (seen.at(-1)?.data !== query.data) seen.push({ data: query.data, isFetching: query.isFetching });
      return query;
    },
    { wrapper },
  );
  return { ...hook, seen, queryClient };
}

describe('paged list loading', { timeout: 30_000 }, () => {
  it('shows each page as it arrives with progress, then the whole list without', async () => {
    // Later pages arrive slowly; falling through to the cluster's handler after the wait.
    server.use(
      http.get('*/namespaces/bench/imagestreams', async ({ request }) => {
        if (new URL(request.url).searchParams.get('continue')) await delay(150);
      }),
    );
    const { result, seen } = renderList();
    await waitFor(() => expect(result.current.data?.progress).toEqual({ loaded: 500, remaining: 700 }), SLOW);
    expect(result.current.isFetching).toBe(true);
    expect(result.current.data?.items).toHaveLength(500);
    await waitFor(() => expect(result.current.isFetching).toBe(false), SLOW);
    const loaded = seen.filter((s) => s.data).map((s) => s.data?.progress ?? 'complete');
    // The second page is twice the first: the remaining 700 in one request.
    expect(loaded).toEqual([{ loaded: 500, remaining: 700 }, 'complete']);
    expect(result.current.data?.items).toHaveLength(STREAMS);
    expect(result.current.data?.progress).toBeUndefined();
    expect(result.current.data?.resourceVersion).toBe(cluster.store.currentRv());
  });

  it('keeps the whole list on screen while a refetch loads its pages', async () => {
    const { result, seen, queryClient } = renderList();
    await waitFor(() => expect(result.current.data?.progress).toBeUndefined(), SLOW);
    seen.length = 0;
    server.use(http.get('*/namespaces/bench/imagestreams', () => delay(50)));
    await act(() => queryClient.refetchQueries({ queryKey: imageStreamQueries.lists() }));
    expect(seen.every((s) => s.data?.items.length === STREAMS && !s.data.progress)).toBe(true);
    expect(result.current.data?.items).toHaveLength(STREAMS);
  });

  it('starts over when a continue token expires, without mixing snapshots', async () => {
    cluster.faults.add({ expire: true, watch: false, times: 2 });
    const list = await listImageStreams({ namespace: 'bench' });
    expect(list.items).toHaveLength(STREAMS);
    expect(new Set(list.items.map((s) => s.metadata.name)).size).toBe(STREAMS);
    expect(LIST_PAGE_SIZE).toBe(500);
  });
});
