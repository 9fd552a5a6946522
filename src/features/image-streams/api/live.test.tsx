// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { isNotFound } from '../../../lib/k8s/errors';
import { k8sRequest } from '../../../lib/k8s/request';
import { setupEmbeddedCluster } from '../components/test-cluster';
import { imageStreamsPath } from './fetchers';
import type { ImageStreamListData } from './fetchers';
import { useImageStreamsWatch, useWatchStatus } from './live';
import type { WatchStatus } from './live';
import { imageStreamQueries } from './queries';
import { watchManagerFor } from './watch-manager';

const { cluster, gets: requests } = setupEmbeddedCluster();

const watchRequests = (namespace = 'demo') =>
  requests.filter((u) => u.searchParams.get('watch') && u.pathname === imageStreamsPath(namespace));
const listRequests = (namespace = 'demo') =>
  requests.filter((u) => !u.searchParams.get('watch') && u.pathname === imageStreamsPath(namespace));
const create = (name: string, namespace = 'demo') =>
  k8sRequest(imageStreamsPath(namespace), { method: 'POST', body: { metadata: { name }, spec: { tags: [] } } });
const remove = (name: string, namespace = 'demo') => k8sRequest(`${imageStreamsPath(namespace)}/${name}`, { method: 'DELETE' });
const names = (data: ImageStreamListData | undefined) => data?.items.map((s) => s.metadata.name) ?? [];

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const statuses: WatchStatus[] = [];
  /** What a list page does: read the list, join the watch, show its status. */
  const useListPage = (namespace: string) => {
    const list = useQuery(imageStreamQueries.list({ namespace }));
    useImageStreamsWatch(namespace);
    const status = useWatchStatus(namespace);
    if (statuses.at(-1) !== status) statuses.push(status);
    return { list, status };
  };
  return { queryClient, wrapper, statuses, useListPage };
}

describe('useImageStreamsWatch', () => {
  it('puts streams created and deleted elsewhere into the list', async () => {
    const { wrapper, statuses, useListPage } = setup();
    const { result, unmount } = renderHook(() => useListPage('demo'), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('live'));
    expect(names(result.current.list.data)).toContain('nginx');

    await create('made-elsewhere');
    await waitFor(() => expect(names(result.current.list.data)).toContain('made-elsewhere'));
    const sorted = [...names(result.current.list.data)].sort();
    expect(names(result.current.list.data)).toEqual(sorted);

    await remove('nginx');
    await waitFor(() => expect(names(result.current.list.data)).not.toContain('nginx'));
    expect(statuses).toEqual(['connecting', 'live']);
    expect(listRequests()).toHaveLength(1);
    unmount();
  });

  it('lists again after a 410 and watches from the new snapshot', async () => {
    cluster.faults.add({ watch: true, expire: true, times: 1 });
    const { wrapper, statuses, useListPage } = setup();
    const { result, unmount } = renderHook(() => useListPage('demo'), { wrapper });
    await waitFor(() => expect(watchRequests()).toHaveLength(2));
    await waitFor(() => expect(result.current.status).toBe('live'));
    expect(statuses).toEqual(['connecting', 'live', 'reconnecting', 'live']);
    expect(listRequests()).toHaveLength(2);
    expect(watchRequests()[1]?.searchParams.get('resourceVersion')).toBe(result.current.list.data?.resourceVersion);

    await create('after-expiry');
    await waitFor(() => expect(names(result.current.list.data)).toContain('after-expiry'));
    unmount();
  });

  it('lists again when the history was compacted while the watch was away', async () => {
    const { queryClient, wrapper, useListPage } = setup();
    await queryClient.fetchQuery(imageStreamQueries.list({ namespace: 'demo' }));
    await create('missed');
    cluster.store.compact();
    const { result, unmount } = renderHook(() => useListPage('demo'), { wrapper });
    await waitFor(() => expect(names(result.current.list.data)).toContain('missed'));
    await waitFor(() => expect(result.current.status).toBe('live'));
    unmount();
  });

  it('catches up a details page from the new snapshot when changes were missed while the watch was away', async () => {
    const { wrapper } = setup();
    const { result, unmount } = renderHook(
      () => {
        const detail = useQuery(imageStreamQueries.detail({ namespace: 'demo', name: 'nginx' }));
        useImageStreamsWatch('demo');
        return { detail, status: useWatchStatus('demo') };
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.status).toBe('live'));
    await waitFor(() => expect(result.current.detail.data).toBeDefined());
    // The watch goes away; meanwhile nginx changes and the history it would resume from is compacted.
    cluster.faults.add({ watch: true, status: 503 });
    cluster.dropWatches();
    await waitFor(() => expect(result.current.status).toBe('reconnecting'));
    await k8sRequest(`${imageStreamsPath('demo')}/nginx`, { method: 'PATCH', body: { metadata: { labels: { missed: 'yes' } } } });
    cluster.store.compact();
    cluster.faults.clear();
    await waitFor(() => expect(result.current.detail.data?.metadata.labels).toMatchObject({ missed: 'yes' }), { timeout: 5000 });
    expect(listRequests().length).toBeGreaterThanOrEqual(2);
    unmount();
  });

  it('restarts from a refetched snapshot instead of replaying onto it', async () => {
    const { queryClient, wrapper, useListPage } = setup();
    const { result, unmount } = renderHook(() => useListPage('demo'), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('live'));
    await create('x1');
    await remove('x1');
    await act(() => queryClient.invalidateQueries({ queryKey: imageStreamQueries.lists() }));
    await waitFor(() => expect(watchRequests()).toHaveLength(2));
    expect(watchRequests()[1]?.searchParams.get('resourceVersion')).toBe(result.current.list.data?.resourceVersion);
    await create('x2');
    await waitFor(() => expect(names(result.current.list.data)).toContain('x2'));
    expect(names(result.current.list.data)).not.toContain('x1');
    unmount();
  });

  it('writes a burst of events into the list in one go', async () => {
    const { queryClient, wrapper, useListPage } = setup();
    const { result, unmount } = renderHook(() => useListPage('demo'), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('live'));
    const key = JSON.stringify(imageStreamQueries.list({ namespace: 'demo' }).queryKey);
    let writes = 0;
    const stop = queryClient.getQueryCache().subscribe((e) => {
      if (e.type === 'updated' && e.action.type === 'success' && e.query.queryHash === key) writes += 1;
    });
    await Promise.all(Array.from({ length: 20 }, (_, i) => create(`burst-${i}`)));
    await waitFor(() => expect(names(result.current.list.data).filter((n) => n.startsWith('burst-'))).toHaveLength(20));
    stop();
    expect(writes).toBeLessThanOrEqual(3);
    unmount();
  });

  it('updates and invalidates details, and loads the list itself for a details page', async () => {
    const { queryClient, wrapper } = setup();
    const { result, unmount } = renderHook(
      () => {
        const detail = useQuery(imageStreamQueries.detail({ namespace: 'demo', name: 'nginx' }));
        useImageStreamsWatch('demo');
        return { detail, status: useWatchStatus('demo') };
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.status).toBe('live'));
    expect(queryClient.getQueryData(imageStreamQueries.list({ namespace: 'demo' }).queryKey)).toBeDefined();
    await k8sRequest(`${imageStreamsPath('demo')}/nginx`, { method: 'PATCH', body: { metadata: { labels: { moved: 'yes' } } } });
    await waitFor(() => expect(result.current.detail.data?.metadata.labels).toMatchObject({ moved: 'yes' }));

    await remove('nginx');
    await waitFor(() => expect(isNotFound(result.current.detail.error)).toBe(true));
    expect(result.current.detail.data?.metadata.name).toBe('nginx');
    unmount();
  });

  it('shares one watch per namespace and closes it when the last user leaves', async () => {
    const { queryClient, wrapper, useListPage } = setup();
    const manager = watchManagerFor(queryClient);
    const first = renderHook(() => useListPage('demo'), { wrapper });
    const second = renderHook(() => useListPage('demo'), { wrapper });
    await waitFor(() => expect(first.result.current.status).toBe('live'));
    expect(watchRequests()).toHaveLength(1);
    first.unmount();
    expect(manager.openNamespaces()).toEqual(['demo']);

    // Joining another namespace releases the idle one at once: open watches hold browser connections.
    const other = renderHook(() => useListPage('ci'), { wrapper });
    second.unmount();
    await waitFor(() => expect(other.result.current.status).toBe('live'));
    expect(manager.openNamespaces()).toEqual(['demo', 'ci']);
    other.unmount();
    const third = renderHook(() => useListPage(''), { wrapper });
    expect(manager.openNamespaces()).toEqual(['']);
    third.unmount();
    await waitFor(() => expect(manager.openNamespaces()).toEqual([]), { timeout: 3000 });
    await create('after-close');
    await new Promise((r) => setTimeout(r, 150));
    expect(names(queryClient.getQueryData(imageStreamQueries.list({ namespace: 'demo' }).queryKey))).not.toContain('after-close');
  });
});
