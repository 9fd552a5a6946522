import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ProxyUnreachableError, WatchExpiredError } from './errors';
import { setupTestServer, bookmark, expiredEvent, line, stream, streamResponse } from './test-helpers';
import type { StreamStep } from './test-helpers';
import { watch } from './watch';
import type { WatchEvent, WatchOptions, WatchStatus } from './watch';

const server = setupTestServer();

const path = '/apis/image.openshift.io/v1/namespaces/demo/imagestreams';
type Answer = StreamStep[] | (() => Response);

/** Answers the n-th watch request with answers[n] (the last one repeats); records each URL. */
function serve(...answers: Answer[]) {
  const urls: URL[] = [];
  server.use(
    http.get(`*${path}`, ({ request }) => {
      urls.push(new URL(request.url));
      const answer = answers[Math.min(urls.length, answers.length) - 1]!;
      return typeof answer === 'function' ? answer() : streamResponse(answer);
    }),
  );
  return urls;
}

function start(extra: Partial<WatchOptions<unknown>> = {}) {
  const controller = new AbortController();
  const events: WatchEvent<unknown>[] = [];
  const statuses: WatchStatus[] = [];
  const onError = vi.fn();
  const done = watch<unknown>(path, {
    resourceVersion: '10',
    signal: controller.signal,
    onEvent: (e) => events.push(e),
    onError,
    onStatus: (s) => statuses.push(s),
    backoff: { initialMs: 5, maxMs: 20, reconnectMs: 1 },
    ...extra,
  });
  return { controller, events, statuses, onError, done };
}

const names = (events: WatchEvent<unknown>[]) =>
  events.map((e) => `${e.type} ${(e.object as ReturnType<typeof stream>).metadata.name}`);

describe('watch', () => {
  it('sends the watch parameters and reassembles lines split across chunks', async () => {
    const added = line({ type: 'ADDED', object: stream('a', '11') });
    const urls = serve([
      added.slice(0, 25), { wait: 5 }, added.slice(25) + line({ type: 'MODIFIED', object: stream('a', '12') }).slice(0, 10),
      line({ type: 'MODIFIED', object: stream('a', '12') }).slice(10) + line({ type: 'DELETED', object: stream('a', '13') }),
      'hang',
    ]);
    const w = start({ labelSelector: 'app=x', fieldSelector: 'metadata.name=a' });
    await vi.waitFor(() => expect(w.events).toHaveLength(3));
    expect(names(w.events)).toEqual(['ADDED a', 'MODIFIED a', 'DELETED a']);
    expect(urls[0]?.search).toBe('?watch=1&allowWatchBookmarks=true&resourceVersion=10&labelSelector=app%3Dx&fieldSelector=metadata.name%3Da');
    w.controller.abort();
    await expect(w.done).resolves.toEqual({ reason: 'aborted', resourceVersion: '13' });
    expect(w.statuses).toEqual(['connecting', 'live']);
  });

  it('resumes from the last resourceVersion, bookmarks included, when the server ends the stream', async () => {
    const tail = JSON.stringify({ type: 'MODIFIED', object: stream('b', '21') }); // no trailing newline
    const urls = serve(
      [line({ type: 'ADDED', object: stream('b', '20') }) + bookmark('25') + tail],
      [line({ type: 'MODIFIED', object: stream('b', '30') }), 'hang'],
    );
    const w = start();
    await vi.waitFor(() => expect(w.events).toHaveLength(3));
    expect(urls.map((u) => u.searchParams.get('resourceVersion'))).toEqual(['10', '21']);
    expect(names(w.events)).toEqual(['ADDED b', 'MODIFIED b', 'MODIFIED b']);
    w.controller.abort();
    await w.done;
  });

  it('moves the resume point on a BOOKMARK without delivering it', async () => {
    const urls = serve([bookmark('50')], ['hang']);
    const w = start();
    await vi.waitFor(() => expect(urls).toHaveLength(2));
    expect(urls[1]?.searchParams.get('resourceVersion')).toBe('50');
    expect(w.events).toEqual([]);
    w.controller.abort();
    await expect(w.done).resolves.toMatchObject({ resourceVersion: '50' });
  });

  it('reports an ERROR 410 event as expired and stops', async () => {
    const urls = serve([line({ type: 'ADDED', object: stream('c', '11') }) + expiredEvent(), 'hang']);
    const w = start();
    const end = await w.done;
    expect(end).toMatchObject({ reason: 'expired', resourceVersion: '11' });
    expect(w.onError).toHaveBeenCalledWith(expect.any(WatchExpiredError));
    expect(w.events).toHaveLength(1);
    expect(urls).toHaveLength(1);
  });

  it('reports an HTTP 410 answer as expired too', async () => {
    serve(() => HttpResponse.json({ kind: 'Status', code: 410, reason: 'Expired', message: 'too old' }, { status: 410 }));
    await expect(start().done).resolves.toMatchObject({ reason: 'expired' });
  });

  it('stops with the error when retrying cannot help (403)', async () => {
    const urls = serve(() => HttpResponse.json({ kind: 'Status', code: 403, reason: 'Forbidden', message: 'no' }, { status: 403 }));
    const w = start();
    await expect(w.done).resolves.toMatchObject({ reason: 'error', error: { code: 403 } });
    expect(w.onError).toHaveBeenCalledOnce();
    expect(urls).toHaveLength(1);
  });

  it('goes offline on a network error and comes back with backoff', async () => {
    const urls = serve(() => HttpResponse.error(), () => HttpResponse.error(), [line({ type: 'ADDED', object: stream('d', '11') }), 'hang']);
    const errors: unknown[] = [];
    const statuses: WatchStatus[] = [];
    const w = start({ onStatus: (s, e) => { statuses.push(s); if (e) errors.push(e); } });
    await vi.waitFor(() => expect(w.events).toHaveLength(1));
    expect(statuses).toEqual(['connecting', 'offline', 'offline', 'live']);
    expect(errors).toEqual([expect.any(ProxyUnreachableError), expect.any(ProxyUnreachableError)]);
    expect(urls.map((u) => u.searchParams.get('resourceVersion'))).toEqual(['10', '10', '10']);
    w.controller.abort();
    await w.done;
  });

  it('reconnects after a 503 and after a malformed line', async () => {
    const urls = serve(
      () => HttpResponse.json({ kind: 'Status', code: 503, reason: 'ServiceUnavailable', message: 'busy' }, { status: 503 }),
      [line({ type: 'ADDED', object: stream('e', '12') }) + '{"type":"MODIF\n'],
      ['hang'],
    );
    const w = start();
    await vi.waitFor(() => expect(urls).toHaveLength(3));
    expect(w.statuses).toEqual(['connecting', 'reconnecting', 'live', 'reconnecting', 'live']);
    expect(urls[2]?.searchParams.get('resourceVersion')).toBe('12');
    w.controller.abort();
    await w.done;
  });

  it('stops silently on abort mid-stream: no error, no further fetch', async () => {
    const urls = serve([line({ type: 'ADDED', object: stream('f', '11') }), 'hang']);
    const w = start();
    await vi.waitFor(() => expect(w.events).toHaveLength(1));
    w.controller.abort();
    await expect(w.done).resolves.toEqual({ reason: 'aborted', resourceVersion: '11' });
    await new Promise((r) => setTimeout(r, 30));
    expect(urls).toHaveLength(1);
    expect(w.onError).not.toHaveBeenCalled();
  });

  it('waits what Retry-After asks before watching again, even beyond the backoff cap', async () => {
    const throttled = () => HttpResponse.json({ kind: 'Status', code: 429, reason: 'TooManyRequests', message: 'slow down' }, { status: 429, headers: { 'Retry-After': '1' } });
    const urls = serve(throttled, [line({ type: 'ADDED', object: stream('r', '11') }), 'hang']);
    const times: number[] = [];
    server.events.on('request:start', () => times.push(performance.now()));
    const w = start();
    await vi.waitFor(() => expect(w.events).toHaveLength(1), { timeout: 3000 });
    server.events.removeAllListeners('request:start');
    expect(w.statuses).toEqual(['connecting', 'reconnecting', 'live']);
    expect(urls).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
    w.controller.abort();
    await w.done;
  });

  it('stops silently on abort while waiting to retry', async () => {
    const urls = serve(() => HttpResponse.error());
    const w = start({ backoff: { initialMs: 10_000, maxMs: 10_000 } });
    await vi.waitFor(() => expect(w.statuses).toContain('offline'));
    w.controller.abort();
    await expect(w.done).resolves.toMatchObject({ reason: 'aborted' });
    expect(urls).toHaveLength(1);
    expect(w.onError).not.toHaveBeenCalled();
  });

  it('never fetches when the signal is already aborted', async () => {
    const urls = serve(['hang']);
    const controller = new AbortController();
    controller.abort();
    await expect(watch(path, { signal: controller.signal, onEvent: () => undefined })).resolves.toMatchObject({ reason: 'aborted' });
    expect(urls).toHaveLength(0);
  });

  it('stops with what onEvent threw', async () => {
    serve([line({ type: 'ADDED', object: stream('g', '11') }), 'hang']);
    const boom = new Error('boom');
    const w = start({ onEvent: () => { throw boom; } });
    await expect(w.done).resolves.toMatchObject({ reason: 'error', error: boom });
    expect(w.onError).toHaveBeenCalledWith(boom);
  });
});
