import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
import { getImageStream, listImageStreamsInPages, listNamespaces } from './fetchers';
import type { ImageStreamListData } from './fetchers';

// Keys run from general to specific so invalidating `lists()` or `all()` reaches every entry below it.
export const imageStreamQueries = {
  all: () => ['image-streams'] as const,
  lists: () => [...imageStreamQueries.all(), 'list'] as const,
  /** `namespace: ALL_NAMESPACES` ('') lists across every namespace. */
  list: ({ namespace }: { namespace: string }) =>
    queryOptions({
      queryKey: [...imageStreamQueries.lists(), { namespace }] as const,
      // streamedQuery writes each page's snapshot into the cache as it arrives, so the first page
      // renders at once, and the query stays `fetching` until the last page. Each snapshot already
      // holds everything so far, so the reducer just takes it. 'replace' keeps a refetch from
      // blanking the list: the old data stays until the new snapshot is complete.
      queryFn: streamedQuery<ImageStreamListData, ImageStreamListData>({
        streamFn: ({ signal }) => listImageStreamsInPages({ namespace, signal }),
        reducer: (_previous, snapshot) => snapshot,
        initialValue: { items: [], resourceVersion: '' },
        refetchMode: 'replace',
      }),
      // applyWatchEvents already keeps every unchanged stream's object, and a deep compare of a
      // 10,000-stream list on each watch flush was the longest task of the benchmark.
      structuralSharing: false,
    }),
  details: () => [...imageStreamQueries.all(), 'detail'] as const,
  detail: ({ namespace, name }: { namespace: string; name: string }) =>
    queryOptions({
      queryKey: [...imageStreamQueries.details(), { namespace, name }] as const,
      queryFn: ({ signal }) => getImageStream({ namespace, name, signal }),
      // Every view of one stream says itself what failed (deleted, not found, could not refresh).
      meta: { errorNotice: false },
    }),
};

export const namespaceQueries = {
  all: () => ['namespaces'] as const,
  list: () =>
    queryOptions({
      queryKey: [...namespaceQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => listNamespaces({ signal }),
      // Namespaces come and go rarely; a minute-old list is fine for a selector.
      staleTime: 60_000,
    }),
};
