import { QueryObserver, hashKey } from '@tanstack/react-query';
import type { QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query';
import { DEFAULT_BACKOFF, retryDelay, sleep } from '../../../lib/k8s/backoff';
import { isForbidden, isK8sApiError, isProxyUnreachable, isRetryable, isUnauthorized, isWatchExpired } from '../../../lib/k8s/errors';
import { watch } from '../../../lib/k8s/watch';
import type { WatchEnd, WatchStatus } from '../../../lib/k8s/watch';
import type { ImageStreamWatchEvent } from './apply-watch-event';
import { imageStreamsPath } from './fetchers';
import type { ImageStreamListData } from './fetchers';
import { imageStreamQueries } from './queries';
import { parseImageStream } from './image-stream-guard';
import { catchUpDetails, writeWatchEvents } from './watch-cache';

/**
 * The watch's states, plus why it stopped for good: `denied` (403/401: the user may not watch this
 * namespace; retrying cannot help) and `stopped` (anything else that cannot be retried, e.g. the
 * namespace is gone).
 */
export type LiveStatus = WatchStatus | 'denied' | 'stopped';

export interface LiveState {
  status: LiveStatus;
  /** Why the watch is retrying or has stopped; undefined while connecting or live. */
  error: unknown;
}

export interface WatchSessionOptions {
  /** Events are collected this long and written in one go, so a burst costs one render. */
  flushMs: number;
  onStatus: (status: LiveStatus, error?: unknown) => void;
}

/** Why a watch stopped for good: the user may not watch (401/403), or anything else. */
export const stoppedBy = (error: unknown): LiveStatus => (isForbidden(error) || isUnauthorized(error) ? 'denied' : 'stopped');

/**
 * One watch of a namespace's streams (or all namespaces) feeding the query cache. It always
 * (re)starts from a complete list snapshot in the cache: at first, whenever a fetch puts a new
 * snapshot there (a refetch replaces what the watch wrote, so events from the old position would
 * be stale), and after a 410 (list again). Returns its stop function.
 */
export function startWatchSession(queryClient: QueryClient, namespace: string, options: WatchSessionOptions): () => void {
  const listOptions = imageStreamQueries.list({ namespace });
  const listHash = hashKey(listOptions.queryKey);
  const session = new AbortController();
  let connection: AbortController | undefined;
  let cachedRv: string | undefined;
  let pending: ImageStreamWatchEvent[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let lastError: unknown;

  const flush = () => {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    const events = pending;
    pending = [];
    if (events.length > 0) cachedRv = writeWatchEvents(queryClient, namespace, events)?.resourceVersion ?? cachedRv;
  };

  const startFrom = (snapshot: ImageStreamListData) => {
    connection?.abort();
    clearTimeout(flushTimer);
    flushTimer = undefined;
    pending = [];
    cachedRv = snapshot.resourceVersion;
    const current = new AbortController();
    connection = current;
    void watch<unknown>(imageStreamsPath(namespace), {
      resourceVersion: snapshot.resourceVersion,
      signal: current.signal,
      onEvent: ({ type, object }) => {
        failures = 0;
        pending.push({ type, object: parseImageStream(object) });
        flushTimer ??= setTimeout(flush, options.flushMs);
      },
      // Restarts from a new snapshot are not a new connection for the user: keep what they see.
      onStatus: (status, error) => {
        if (status !== 'connecting') options.onStatus(status, error);
      },
    }).then((end) => {
      if (connection !== current || session.signal.aborted) return;
      connection = undefined;
      onEnd(end);
    });
  };

  const onEnd = (end: WatchEnd) => {
    if (end.reason === 'aborted') return;
    flush();
    if (isWatchExpired(end.error)) {
      options.onStatus('reconnecting', end.error);
      void relist();
    } else {
      // The lib retries what can be retried; this is a 403, a vanished namespace or an unreadable event.
      options.onStatus(stoppedBy(end.error), end.error);
    }
  };

  /** Loads a complete snapshot (a fresh one after a failure) and watches from it. */
  const relist = async (fresh = true) => {
    if (failures > 0) {
      const retryAfter = isK8sApiError(lastError) ? lastError.retryAfterSeconds : undefined;
      await sleep(retryDelay(failures - 1, retryAfter, DEFAULT_BACKOFF), session.signal);
    }
    failures += 1;
    if (session.signal.aborted) return;
    // The indicator reports a failure here, and the views their own: no global notice as well.
    // This loop retries by itself at the watch's short backoff, so the list is back within about
    // a second of the server; the query's own slower retries would only add to that.
    const quiet = { ...listOptions, meta: { errorNotice: false }, retry: false };
    try {
      // Both join a load already in flight (partial pages in the cache) instead of starting another.
      await (fresh ? queryClient.fetchQuery({ ...quiet, staleTime: 0 }) : queryClient.ensureQueryData(quiet));
    } catch (error) {
      if (session.signal.aborted) return;
      lastError = error;
      if (isRetryable(error)) {
        options.onStatus(isProxyUnreachable(error) ? 'offline' : 'reconnecting', error);
        void relist();
      } else options.onStatus(stoppedBy(error), error);
      return;
    }
    const snapshot = queryClient.getQueryData(listOptions.queryKey);
    // The cache listener below has already started a watch if the snapshot was new.
    if (!session.signal.aborted && !connection && snapshot && !snapshot.progress) startFrom(snapshot);
  };

  const onCacheEvent = (event: QueryCacheNotifyEvent) => {
    if (event.type !== 'updated' || event.query.queryHash !== listHash) return;
    // Manual writes are this watch's own batches (or pages of a first load): only fetched snapshots count.
    if (event.action.type !== 'success' || event.action.manual) return;
    const snapshot = event.query.state.data as ImageStreamListData | undefined;
    if (snapshot && !snapshot.progress && snapshot.resourceVersion !== cachedRv) {
      startFrom(snapshot);
      void catchUpDetails(queryClient, snapshot.items, (ns) => namespace === '' || ns === namespace);
    }
  };

  // Keeps the list cached while only a details page watches; disabled, so it never fetches by itself.
  const keepList = new QueryObserver(queryClient, { ...listOptions, enabled: false });
  const unsubscribeList = keepList.subscribe(() => undefined);
  const unsubscribeCache = queryClient.getQueryCache().subscribe(onCacheEvent);

  options.onStatus('connecting');
  const cached = queryClient.getQueryData(listOptions.queryKey);
  if (cached && !cached.progress) startFrom(cached);
  else void relist(cached !== undefined);

  return () => {
    session.abort();
    connection?.abort();
    flush();
    unsubscribeCache();
    unsubscribeList();
  };
}
