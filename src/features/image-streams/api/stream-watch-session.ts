import type { QueryClient } from '@tanstack/react-query';
import { DEFAULT_BACKOFF, retryDelay, sleep } from '../../../lib/k8s/backoff';
import { isK8sApiError, isProxyUnreachable, isRetryable, isWatchExpired } from '../../../lib/k8s/errors';
import { listAll } from '../../../lib/k8s/list';
import { watch } from '../../../lib/k8s/watch';
import { imageStreamsPath } from './fetchers';
import { parseImageStream } from './image-stream-guard';
import { catchUpDetails, updateDetails } from './watch-cache';
import { stoppedBy } from './watch-session';
import type { WatchSessionOptions } from './watch-session';

/**
 * One stream kept live on its own, for a details page or form opened while its namespace's watch is
 * not open: a list and a watch of that one name (`fieldSelector=metadata.name=`), as `oc get is/NAME
 * -w` does, instead of the namespace's whole list first. Changes go into the stream's details query;
 * a deletion refetches it, and the 404 tells the page. Returns its stop function.
 */
export function startStreamWatchSession(queryClient: QueryClient, namespace: string, name: string, options: WatchSessionOptions): () => void {
  const path = imageStreamsPath(namespace);
  const fieldSelector = `metadata.name=${name}`;
  const session = new AbortController();
  const signal = session.signal;

  const run = async () => {
    let failures = 0;
    let lastError: unknown;
    options.onStatus('connecting');
    while (!signal.aborted) {
      if (failures > 0) {
        const retryAfter = isK8sApiError(lastError) ? lastError.retryAfterSeconds : undefined;
        await sleep(retryDelay(failures - 1, retryAfter, DEFAULT_BACKOFF), signal);
        if (signal.aborted) return;
      }
      let resourceVersion: string;
      try {
        const list = await listAll<unknown>(path, { fieldSelector, signal });
        resourceVersion = list.resourceVersion;
        await catchUpDetails(queryClient, list.items.map(parseImageStream), (ns, n) => ns === namespace && n === name);
      } catch (error) {
        if (signal.aborted) return;
        failures += 1;
        lastError = error;
        if (!isRetryable(error)) return options.onStatus(stoppedBy(error), error);
        options.onStatus(isProxyUnreachable(error) ? 'offline' : 'reconnecting', error);
        continue;
      }
      const end = await watch<unknown>(path, {
        resourceVersion,
        fieldSelector,
        signal,
        onEvent: ({ type, object }) => {
          failures = 0;
          updateDetails(queryClient, [{ type, object: parseImageStream(object) }]);
        },
        onStatus: (status, error) => {
          if (status !== 'connecting') options.onStatus(status, error);
        },
      });
      if (end.reason === 'aborted') return;
      if (!isWatchExpired(end.error)) return options.onStatus(stoppedBy(end.error), end.error);
      // 410: read the stream again and watch from there.
      options.onStatus('reconnecting', end.error);
    }
  };
  void run();
  return () => session.abort();
}
