import type { QueryClient } from '@tanstack/react-query';
import { applyWatchEvents } from './apply-watch-event';
import type { ImageStreamWatchEvent } from './apply-watch-event';
import type { ImageStreamListData } from './fetchers';
import { imageStreamQueries } from './queries';
import type { ImageStream } from './schemas';

/**
 * Writes a batch of watch events into the cache: one write for the namespace's list, then the
 * details of the streams they touch. Returns the list as written, or undefined when there was
 * no complete list to apply them to (a new snapshot is loading and the watch will restart from it).
 */
export function writeWatchEvents(
  queryClient: QueryClient,
  namespace: string,
  events: readonly ImageStreamWatchEvent[],
): ImageStreamListData | undefined {
  let written: ImageStreamListData | undefined;
  queryClient.setQueryData<ImageStreamListData>(imageStreamQueries.list({ namespace }).queryKey, (list) =>
    list && !list.progress ? (written = applyWatchEvents(list, events)) : list,
  );
  updateDetails(queryClient, events);
  return written;
}

/** The details queries in the cache of the streams these events touch: each takes its stream's latest state. */
export function updateDetails(queryClient: QueryClient, events: readonly ImageStreamWatchEvent[]): void {
  const latest = new Map<string, ImageStreamWatchEvent & { type: 'ADDED' | 'MODIFIED' | 'DELETED' }>();
  for (const event of events) {
    if (event.type === 'BOOKMARK') continue;
    latest.set(`${event.object.metadata.namespace ?? ''}/${event.object.metadata.name}`, event);
  }
  for (const event of latest.values()) {
    const { namespace = '', name } = event.object.metadata;
    const { queryKey } = imageStreamQueries.detail({ namespace, name });
    if (!queryClient.getQueryCache().find({ queryKey, exact: true })) continue;
    if (event.type === 'DELETED') {
      // The refetch 404s while the last data stays: that is how a details page knows the stream is gone.
      void queryClient.invalidateQueries({ queryKey, exact: true });
    } else {
      queryClient.setQueryData(queryKey, event.object);
    }
  }
}

type DetailKey = ReturnType<typeof imageStreamQueries.detail>['queryKey'];

/**
 * A freshly listed snapshot, given to the details queries it covers. A watch starts after its list,
 * so a change made before the list and after a page's read would never reach that page: a stream
 * listed replaces its details (unchanged ones keep their object), one not listed is refetched (the
 * 404 tells the page), and a read still on its way gives way to the list (it may have been answered
 * earlier). A page whose own read failed keeps its error and its Try again.
 */
export async function catchUpDetails(
  queryClient: QueryClient,
  streams: readonly ImageStream[],
  covers: (namespace: string, name: string) => boolean,
): Promise<void> {
  const queries = queryClient.getQueryCache().findAll({ queryKey: imageStreamQueries.details() });
  if (queries.length === 0) return;
  const listed = new Map(streams.map((s) => [`${s.metadata.namespace ?? ''}/${s.metadata.name}`, s]));
  await Promise.all(
    queries.map(async ({ queryKey, state }) => {
      const { namespace, name } = (queryKey as DetailKey)[2];
      if (!covers(namespace, name)) return;
      const stream = listed.get(`${namespace}/${name}`);
      if (state.data !== undefined) {
        if (stream) queryClient.setQueryData(queryKey, stream);
        else await queryClient.invalidateQueries({ queryKey, exact: true });
      } else if (stream && state.fetchStatus === 'fetching') {
        await queryClient.cancelQueries({ queryKey, exact: true });
        queryClient.setQueryData(queryKey, stream);
      }
    }),
  );
}
