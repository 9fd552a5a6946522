import { queryOptions } from '@tanstack/react-query';
import { getImageStream, listImageStreams, listNamespaces } from './fetchers';

// Keys run from general to specific so invalidating `lists()` or `all()` reaches every entry below it.
export const imageStreamQueries = {
  all: () => ['image-streams'] as const,
  lists: () => [...imageStreamQueries.all(), 'list'] as const,
  /** `namespace: ALL_NAMESPACES` ('') lists across every namespace. */
  list: ({ namespace }: { namespace: string }) =>
    queryOptions({
      queryKey: [...imageStreamQueries.lists(), { namespace }] as const,
      queryFn: ({ signal }) => listImageStreams({ namespace, signal }),
    }),
  details: () => [...imageStreamQueries.all(), 'detail'] as const,
  detail: ({ namespace, name }: { namespace: string; name: string }) =>
    queryOptions({
      queryKey: [...imageStreamQueries.details(), { namespace, name }] as const,
      queryFn: ({ signal }) => getImageStream({ namespace, name, signal }),
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
