import { DEFAULT_BACKOFF, backoffDelay, retryDelay, sleep } from './backoff';
import type { BackoffOptions } from './backoff';
import { WatchExpiredError, isK8sApiError, isProxyUnreachable } from './errors';
import { streamOnce } from './watch-stream';
import type { WatchEvent } from './watch-stream';

export type { WatchEvent, WatchEventType } from './watch-stream';

/** connecting: first request in flight; live: a stream is open; reconnecting / offline: retrying after a failure. */
export type WatchStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface WatchOptions<T> {
  /** Usually the list's metadata.resourceVersion. Opaque: only ever sent back, never compared. */
  resourceVersion?: string;
  labelSelector?: string;
  fieldSelector?: string;
  timeoutSeconds?: number;
  signal: AbortSignal;
  /** ADDED, MODIFIED and DELETED only; bookmarks just move the resume point. */
  onEvent: (event: WatchEvent<T>) => void;
  /**
   * The watch has stopped for good: WatchExpiredError (list again, then watch from the new
   * resourceVersion), a K8sApiError that retrying cannot fix (403, 404, 400), or what onEvent threw.
   */
  onError?: (error: unknown) => void;
  /** Connection state changes; the error says why a retry is pending. */
  onStatus?: (status: WatchStatus, error?: unknown) => void;
  backoff?: Partial<BackoffOptions>;
}

export type WatchEnd =
  | { reason: 'aborted'; resourceVersion: string | undefined }
  | { reason: 'expired'; resourceVersion: string | undefined; error: WatchExpiredError }
  | { reason: 'error'; resourceVersion: string | undefined; error: unknown };

// Like a DOM event listener: a throwing callback is reported, and the watch's promise still never rejects.
function notify(callback: () => void): void {
  try {
    callback();
  } catch (thrown) {
    queueMicrotask(() => {
      throw thrown;
    });
  }
}

// A stream that stayed open this long counts as healthy even without events (quiet namespace).
const HEALTHY_STREAM_MS = 30_000;

/**
 * Watches a collection path from a resourceVersion until aborted or until the watch cannot
 * continue. Reconnects from the last seen resourceVersion when the server ends the stream and,
 * with capped exponential backoff, after failures. Never rejects; aborting is silent.
 */
export async function watch<T>(path: string, options: WatchOptions<T>): Promise<WatchEnd> {
  const { signal } = options;
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  let resourceVersion = options.resourceVersion;
  let status: WatchStatus | undefined;
  const setStatus = (next: WatchStatus, error?: unknown) => {
    if (next === status && error === undefined) return;
    status = next;
    notify(() => options.onStatus?.(next, error));
  };
  const stop = (error: unknown): WatchEnd => {
    notify(() => options.onError?.(error));
    return error instanceof WatchExpiredError
      ? { reason: 'expired', resourceVersion, error }
      : { reason: 'error', resourceVersion, error };
  };

  let attempt = 0;
  setStatus('connecting');
  while (!signal.aborted) {
    const startedAt = Date.now();
    const outcome = await streamOnce<T>({
      path,
      query: {
        watch: 1,
        allowWatchBookmarks: true,
        resourceVersion,
        labelSelector: options.labelSelector,
        fieldSelector: options.fieldSelector,
        timeoutSeconds: options.timeoutSeconds,
      },
      signal,
      onOpen: () => setStatus('live'),
      onEvent: options.onEvent,
      onResourceVersion: (rv) => (resourceVersion = rv),
    });
    if (outcome.kind === 'aborted' || signal.aborted) break;
    if (outcome.kind === 'expired') return stop(new WatchExpiredError(resourceVersion, outcome.status));
    if (outcome.kind === 'fatal') return stop(outcome.error);

    if (outcome.progressed || Date.now() - startedAt >= HEALTHY_STREAM_MS) attempt = 0;
    let delay: number;
    if (outcome.kind === 'failed') {
      setStatus(isProxyUnreachable(outcome.error) ? 'offline' : 'reconnecting', outcome.error);
      // A server that asks for a pause gets it; otherwise the short cap brings the watch back soon after the server.
      delay = retryDelay(attempt++, isK8sApiError(outcome.error) ? outcome.error.retryAfterSeconds : undefined, backoff);
    } else {
      // A normal end is the server's watch timeout; an empty stream ending at once is backed off.
      delay = outcome.progressed ? backoff.reconnectMs : backoffDelay(attempt++, backoff);
    }
    await sleep(delay, signal);
  }
  return { reason: 'aborted', resourceVersion };
}
