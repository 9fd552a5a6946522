import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setApiBaseUrl } from './request';

export const TEST_ORIGIN = 'http://cluster.test';

/** An msw/node server with no handlers for one test file: each test adds its own with `server.use`. */
export function setupTestServer() {
  const server = setupServer();
  beforeAll(() => {
    setApiBaseUrl(TEST_ORIGIN);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A step of a hand-made response stream: bytes or text to send, a pause, or "stay open". */
export type StreamStep = string | Uint8Array | { wait: number } | 'hang';

/** A chunked NDJSON response that sends exactly the given chunks, in order. */
export function streamResponse(steps: StreamStep[]): HttpResponse<ReadableStream> {
  const encoder = new TextEncoder();
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      for (const step of steps) {
        if (cancelled) return;
        if (step === 'hang') return;
        if (typeof step === 'object' && 'wait' in step) {
          await new Promise((resolve) => setTimeout(resolve, step.wait));
          continue;
        }
        controller.enqueue(typeof step === 'string' ? encoder.encode(step) : step);
      }
      controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return new HttpResponse(stream, {
    headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
  });
}

export const line = (value: unknown): string => `${JSON.stringify(value)}\n`;

export const stream = (name: string, rv: string) => ({
  kind: 'ImageStream',
  apiVersion: 'image.openshift.io/v1',
  metadata: { name, namespace: 'demo', uid: `uid-${name}`, resourceVersion: rv },
});

export const bookmark = (rv: string) =>
  line({ type: 'BOOKMARK', object: { kind: 'ImageStream', apiVersion: 'image.openshift.io/v1', metadata: { resourceVersion: rv } } });

export const expiredEvent = () =>
  line({
    type: 'ERROR',
    object: { kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 410, reason: 'Expired', message: 'too old resource version: 1 (42)' },
  });
