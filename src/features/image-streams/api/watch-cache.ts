import type { QueryClient } from '@tanstack/react-query';
import { applyWatchEvents } from './apply-watch-event';
import type { ImageStreamWatchEvent } from './apply-watch-event';
import type { ImageStreamListData } from './fetchers';
import { imageStreamQueries } from './queries';

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

function updateDetails(queryClient: QueryClient, events: readonly ImageStreamWatchEvent[]): void {
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
