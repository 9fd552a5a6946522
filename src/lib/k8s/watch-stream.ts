import { errorFromStatus, isStatus } from './error-response';
import { isAbortError, isExpired, isK8sApiError, isRetryable } from './errors';
import type { K8sStatus } from './errors';
import { createLineSplitter } from './ndjson';
import { k8sFetch } from './request';
import type { Query } from './paths';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent<T> {
  type: WatchEventType;
  object: T;
}

/** How one watch connection ended. `progressed`: at least one event or bookmark arrived. */
export type StreamOutcome =
  | { kind: 'aborted' }
  | { kind: 'ended'; progressed: boolean }
  | { kind: 'expired'; status?: K8sStatus }
  | { kind: 'failed'; error: unknown; progressed: boolean }
  | { kind: 'fatal'; error: unknown };

export interface StreamRequest<T> {
  path: string;
  query: Query;
  signal: AbortSignal;
  onOpen: () => void;
  onEvent: (event: WatchEvent<T>) => void;
  /** Called with the resourceVersion of every event, bookmarks included. */
  onResourceVersion: (rv: string) => void;
}

const CHANGE_TYPES = new Set<string>(['ADDED', 'MODIFIED', 'DELETED']);

// Buffered chunks resolve reads as microtasks, so a backlog of events would all be parsed in one
// task; past this long the loop lets the browser paint and handle input before going on.
const SLICE_MS = 30;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function classify(error: unknown, signal: AbortSignal, progressed: boolean): StreamOutcome {
  if (signal.aborted || isAbortError(error)) return { kind: 'aborted' };
  if (isExpired(error)) return { kind: 'expired', status: isK8sApiError(error) ? error.status : undefined };
  if (isK8sApiError(error) && !isRetryable(error)) return { kind: 'fatal', error };
  return { kind: 'failed', error, progressed };
}

function resourceVersionOf(object: unknown): string | undefined {
  const rv = (object as { metadata?: { resourceVersion?: unknown } } | null)?.metadata?.resourceVersion;
  return typeof rv === 'string' && rv !== '' ? rv : undefined;
}

/** Handles one NDJSON line; returns an outcome when the line ends this connection. */
function handleLine<T>(line: string, req: StreamRequest<T>): StreamOutcome | undefined {
  let event: { type?: unknown; object?: unknown };
  try {
    event = JSON.parse(line) as typeof event;
  } catch {
    // Skipping a line could lose an event; reconnecting from the last good resourceVersion cannot.
    return { kind: 'failed', error: new SyntaxError(`Malformed watch event: ${line.slice(0, 100)}`), progressed: false };
  }
  const type = String(event.type);
  if (type === 'ERROR') {
    const status: K8sStatus = isStatus(event.object)
      ? event.object
      : { kind: 'Status', code: 500, message: 'watch ERROR event without a Status' };
    return classify(errorFromStatus(status), req.signal, false);
  }
  const rv = resourceVersionOf(event.object);
  if (rv !== undefined) req.onResourceVersion(rv);
  if (!CHANGE_TYPES.has(type)) return undefined;
  try {
    req.onEvent({ type: type as WatchEventType, object: event.object as T });
  } catch (error) {
    return { kind: 'fatal', error };
  }
  return undefined;
}

/** Opens one watch connection and reads it to its end. Never throws. */
export async function streamOnce<T>(req: StreamRequest<T>): Promise<StreamOutcome> {
  const { signal } = req;
  let progressed = false;
  let res: Response;
  try {
    res = await k8sFetch(req.path, { query: req.query, signal });
  } catch (error) {
    return classify(error, signal, false);
  }
  if (!res.body) return { kind: 'ended', progressed };
  req.onOpen();
  const reader = res.body.getReader();
  // Cancelling the reader frees the connection: some fetch implementations do not end a
  // pending read on abort, and an ERROR event must not leave the stream open.
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  const splitter = createLineSplitter();
  let sliceStart = performance.now();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      const lines = done ? splitter.end() : splitter.push(value);
      for (const line of lines) {
        if (signal.aborted) return { kind: 'aborted' };
        const outcome = handleLine(line, req);
        if (outcome) return outcome.kind === 'failed' ? { ...outcome, progressed } : outcome;
        progressed = true;
        if (performance.now() - sliceStart > SLICE_MS) {
          await nextTask();
          sliceStart = performance.now();
        }
      }
      if (signal.aborted) return { kind: 'aborted' };
      if (done) return { kind: 'ended', progressed };
    }
  } catch (error) {
    return classify(error, signal, progressed);
  } finally {
    signal.removeEventListener('abort', cancel);
    cancel();
  }
}
