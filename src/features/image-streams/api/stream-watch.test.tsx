// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { isNotFound } from '../../../lib/k8s/errors';
import { k8sRequest } from '../../../lib/k8s/request';
import { setupEmbeddedCluster } from '../components/test-cluster';
import { imageStreamsPath } from './fetchers';
import { useImageStreamsWatch, useImageStreamWatch, useWatchStatus } from './live';
import { imageStreamQueries } from './queries';
import { watchManagerFor } from './watch-manager';

const { server, cluster, gets: requests } = setupEmbeddedCluster();

const collection = (all = false) => requests.filter((u) => u.pathname === imageStreamsPath('demo') && (all || !u.searchParams.get('watch')));
const watches = () => requests.filter((u) => u.pathname === imageStreamsPath('demo') && u.searchParams.get('watch'));
const patchLabels = (name: string, labels: Record<string, string>) =>
  k8sRequest(`${imageStreamsPath('demo')}/${name}`, { method: 'PATCH', body: { metadata: { labels } } });

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  /** What a details page does: read the stream, keep it live, show the status of the watch used. */
  const useDetailsPage = (name: string) => {
    const detail = useQuery(imageStreamQueries.detail({ namespace: 'demo', name }));
    const key = useImageStreamWatch('demo', name);
    return { detail, key, status: useWatchStatus(key) };
  };
  return { queryClient, wrapper, useDetailsPage };
}

describe('a stream watched on its own', () => {
  it('keeps a details page opened alone live without reading the namespace list', async () => {
    const { queryClient, wrapper, useDetailsPage } = setup();
    const { result, unmount } = renderHook(() => useDetailsPage('nginx'), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('live'));
    expect(result.current.key).toBe('demo/nginx');
    // Only reads of this one name: no namespace list in the cache either.
    expect(collection(true).map((u) => u.searchParams.get('fieldSelector'))).toEqual(['metadata.name=nginx', 'metadata.name=nginx']);
    expect(queryClient.getQueryData(imageStreamQueries.list({ namespace: 'demo' }).queryKey)).toBeUndefined();

    await patchLabels('nginx', { moved: 'yes' });
    await waitFor(() => expect(result.current.detail.data?.metadata.labels).toMatchObject({ moved: 'yes' }));

    await k8sRequest(`${imageStreamsPath('demo')}/nginx`, { method: 'DELETE' });
    await waitFor(() => expect(isNotFound(result.current.detail.error)).toBe(true));
    expect(result.current.detail.data?.metadata.name).toBe('nginx');
    unmount();
  });

  it('does not let a read answered before its list, and delivered after it, leave the page stale', async () => {
    const stale = await k8sRequest<Record<string, unknown>>(`${imageStreamsPath('demo')}/nginx`);
    await patchLabels('nginx', { moved: 'yes' });
    let deliver!: () => void;
    const delivered = new Promise<void>((resolve) => (deliver = resolve));
    server.use(
      http.get(`*${imageStreamsPath('demo')}/nginx`, async () => {
        await delivered;
        return HttpResponse.json(stale);
      }),
    );
    const { wrapper, useDetailsPage } = setup();
    const { result, unmount } = renderHook(() => useDetailsPage('nginx'), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('live'));
    deliver();
    await waitFor(() => expect(result.current.detail.data?.metadata.labels).toMatchObject({ moved: 'yes' }));
    expect(result.current.detail.isError).toBe(false);
    unmount();
  });

  it('reads the stream again after a 410 and goes on from there', async () => {
    cluster.faults.add({ watch: true, expire: true, times: 1 });
    const { wrapper, useDetailsPage } = setup();
    const { result, unmount } = renderHook(() => useDetailsPage('nginx'), { wrapper });
    await waitFor(() => expect(watches()).toHaveLength(2));
    await waitFor(() => expect(result.current.status).toBe('live'));
    expect(collection()).toHaveLength(2);
    await patchLabels('nginx', { after: 'expiry' });
    await waitFor(() => expect(result.current.detail.data?.metadata.labels).toMatchObject({ after: 'expiry' }));
    unmount();
  });

  it('shares the namespace watch when the list is loaded, and is closed by joining it', async () => {
    const { queryClient, wrapper, useDetailsPage } = setup();
    const manager = watchManagerFor(queryClient);
    const alone = renderHook(() => useDetailsPage('nginx'), { wrapper });
    await waitFor(() => expect(alone.result.current.status).toBe('live'));
    alone.unmount();

    // The list page: its watch replaces the idle one of the stream.
    const list = renderHook(
      () => {
        useQuery(imageStreamQueries.list({ namespace: 'demo' }));
        useImageStreamsWatch('demo');
        return useWatchStatus('demo');
      },
      { wrapper },
    );
    await waitFor(() => expect(list.result.current).toBe('live'));
    expect(manager.openNamespaces()).toEqual(['demo']);

    const shared = renderHook(() => useDetailsPage('nginx'), { wrapper });
    expect(shared.result.current.key).toBe('demo');
    await waitFor(() => expect(shared.result.current.status).toBe('live'));
    expect(watches().filter((u) => !u.searchParams.get('fieldSelector'))).toHaveLength(1);
    await patchLabels('nginx', { shared: 'yes' });
    await waitFor(() => expect(shared.result.current.detail.data?.metadata.labels).toMatchObject({ shared: 'yes' }));
    shared.unmount();
    list.unmount();

    // Later, the list still cached but its watch closed: a details page watches its stream alone
    // rather than resuming the namespace's watch from an old resourceVersion.
    await waitFor(() => expect(manager.openNamespaces()).toEqual([]), { timeout: 3000 });
    expect(queryClient.getQueryData(imageStreamQueries.list({ namespace: 'demo' }).queryKey)).toBeDefined();
    const later = renderHook(() => useDetailsPage('nginx'), { wrapper });
    expect(later.result.current.key).toBe('demo/nginx');
    await waitFor(() => expect(later.result.current.status).toBe('live'));
    later.unmount();
  });
});
