// Shared by the handler tests: URLs, JSON requests, and a reader for NDJSON watch streams.
import type { WatchEvent } from '../cluster/types';

export const ORIGIN = 'http://cluster.test';
export const IMAGE_API = `${ORIGIN}/apis/image.openshift.io/v1`;
export const streamsUrl = (namespace: string, name = '', query = '') =>
  `${IMAGE_API}/namespaces/${namespace}/imagestreams${name ? `/${encodeURIComponent(name)}` : ''}${query ? `?${query}` : ''}`;

export function send(url: string, method: string, body?: unknown, contentType = 'application/json'): Promise<Response> {
  return fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': contentType },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/**
 * Opens a watch and reads its newline-delimited events as they arrive. `close()` aborts the request:
 * msw hands the client a tee of the body, so only an abort reaches the server side.
 */
export async function openWatch(url: string, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: WatchEvent[] = [];
  let buffer = '';
  let done = false;
  const pump = async () => {
    const chunk = await reader.read();
    if (chunk.done) {
      done = true;
      return;
    }
    buffer += decoder.decode(chunk.value, { stream: true });
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) events.push(JSON.parse(line) as WatchEvent);
  };
  return {
    response,
    events,
    /** Waits until at least `count` events arrived (or the stream ended). */
    async take(count: number): Promise<WatchEvent[]> {
      while (events.length < count && !done) await pump();
      return events.slice(0, count);
    },
    /** Reads to the end of the stream. */
    async end(): Promise<WatchEvent[]> {
      while (!done) await pump();
      return events;
    },
    close: () => abort.abort(),
  };
}
