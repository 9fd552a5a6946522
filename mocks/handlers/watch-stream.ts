// A watch as a chunked stream of newline-delimited JSON events. Events produced before the body is
// read are queued, so parameter errors can still become a plain Status response.
import { HttpResponse } from 'msw';
import type { Cluster } from '../cluster/cluster';
import type { WatchOptions } from '../cluster/watch';
import type { ImageStream, WatchEvent } from '../cluster/types';
import { toTable } from '../cluster/table';

export interface StreamOptions {
  asTable: boolean;
  dropAfterMs?: number;
  signal: AbortSignal;
}

export function watchResponse(cluster: Cluster, options: WatchOptions, stream: StreamOptions): Response {
  const encoder = new TextEncoder();
  const queue: Uint8Array[] = [];
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let closed = false;
  let firstTable = true;
  const encode = (event: WatchEvent) => {
    let out = event;
    if (stream.asTable && (event.type === 'ADDED' || event.type === 'MODIFIED' || event.type === 'DELETED')) {
      out = { type: event.type, object: toTable([event.object as ImageStream], cluster.clock.now(), {}, firstTable) };
      firstTable = false;
    }
    return encoder.encode(`${JSON.stringify(out)}\n`);
  };
  // The watch may end while it is being opened (an expired resourceVersion), before `stop` is known.
  let stop: () => void = () => undefined;
  const close = () => {
    if (closed) return;
    closed = true;
    stop();
    if (controller) controller.close();
  };
  stop = cluster.watch(options, {
    send(event) {
      if (closed) return;
      const chunk = encode(event);
      if (controller) controller.enqueue(chunk);
      else queue.push(chunk);
    },
    close,
  });
  const dropTimer = stream.dropAfterMs !== undefined ? setTimeout(close, stream.dropAfterMs) : undefined;
  stream.signal.addEventListener('abort', () => {
    clearTimeout(dropTimer);
    closed = true;
    stop();
  });
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      for (const chunk of queue.splice(0)) c.enqueue(chunk);
      if (closed) c.close();
    },
    cancel() {
      clearTimeout(dropTimer);
      closed = true;
      stop();
    },
  });
  return new HttpResponse(body, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' } });
}
