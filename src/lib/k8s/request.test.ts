import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { K8sApiError, ProxyUnreachableError, isAbortError } from './errors';
import { getApiBaseUrl, k8sRequest, setApiBaseUrl } from './request';
import { TEST_ORIGIN } from './test-helpers';

interface Seen {
  method: string;
  url: URL;
  contentType: string | null;
  accept: string | null;
  body: string;
}

const seen: Seen[] = [];
const echo = http.all('*/apis/*', async ({ request }) => {
  seen.push({
    method: request.method,
    url: new URL(request.url),
    contentType: request.headers.get('Content-Type'),
    accept: request.headers.get('Accept'),
    body: await request.text(),
  });
  return HttpResponse.json({ kind: 'ImageStream', metadata: { name: 'app' } });
});
const server = setupServer(echo);

beforeAll(() => {
  setApiBaseUrl(`${TEST_ORIGIN}/`);
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  seen.length = 0;
  server.resetHandlers();
});
afterAll(() => server.close());

const path = '/apis/image.openshift.io/v1/namespaces/demo/imagestreams';

describe('k8sRequest', () => {
  it('strips the trailing slash of the base URL and GETs with Accept: application/json', async () => {
    expect(getApiBaseUrl()).toBe(TEST_ORIGIN);
    await expect(k8sRequest(`${path}/app`)).resolves.toMatchObject({ metadata: { name: 'app' } });
    expect(seen[0]).toMatchObject({ method: 'GET', accept: 'application/json', contentType: null });
    expect(seen[0]?.url.href).toBe(`${TEST_ORIGIN}${path}/app`);
  });

  it('sends JSON for POST and PUT, the patch media types for PATCH', async () => {
    await k8sRequest(path, { method: 'POST', body: { a: 1 } });
    await k8sRequest(`${path}/app`, { method: 'PUT', body: { a: 2 } });
    await k8sRequest(`${path}/app`, { method: 'PATCH', body: { a: 3 } });
    await k8sRequest(`${path}/app`, { method: 'PATCH', patchType: 'json', body: [{ op: 'remove', path: '/a' }] });
    expect(seen.map((s) => [s.method, s.contentType, s.body])).toEqual([
      ['POST', 'application/json', '{"a":1}'],
      ['PUT', 'application/json', '{"a":2}'],
      ['PATCH', 'application/merge-patch+json', '{"a":3}'],
      ['PATCH', 'application/json-patch+json', '[{"op":"remove","path":"/a"}]'],
    ]);
  });

  it('adds dryRun=All next to the other query parameters and honours accept and headers', async () => {
    const table = 'application/json;as=Table;g=meta.k8s.io;v=v1';
    await k8sRequest(path, { method: 'POST', body: {}, dryRun: true, query: { fieldManager: 'dash', x: undefined }, accept: table, headers: { 'X-Test': '1' } });
    expect(seen[0]?.url.search).toBe('?fieldManager=dash&dryRun=All');
    expect(seen[0]?.accept).toBe(table);
  });

  it('returns undefined for an empty 2xx body', async () => {
    server.use(http.delete('*/apis/*', () => new HttpResponse(null, { status: 204 })));
    await expect(k8sRequest(`${path}/app`, { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('throws K8sApiError for a Status answer', async () => {
    server.use(
      http.get('*/apis/*', () =>
        HttpResponse.json({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 403, reason: 'Forbidden', message: 'no' }, { status: 403 }),
      ),
    );
    const error = await k8sRequest(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(K8sApiError);
    expect(error).toMatchObject({ code: 403, reason: 'Forbidden', message: 'no' });
  });

  it('throws ProxyUnreachableError on a network error and on a 502 page', async () => {
    server.use(http.get('*/apis/*', () => HttpResponse.error()));
    const network = await k8sRequest(path).catch((e: unknown) => e);
    expect(network).toBeInstanceOf(ProxyUnreachableError);
    expect((network as Error).cause).toBeInstanceOf(TypeError);

    server.use(http.get('*/apis/*', () => new HttpResponse('<h1>502 Bad Gateway</h1>', { status: 502 })));
    await expect(k8sRequest(path)).rejects.toBeInstanceOf(ProxyUnreachableError);
  });

  it('throws ProxyUnreachableError when a 2xx is not JSON (an HTML page from a misrouted proxy)', async () => {
    server.use(http.get('*/apis/*', () => HttpResponse.html('<!doctype html><title>app</title>')));
    await expect(k8sRequest(path)).rejects.toThrow(/Expected JSON .* text\/html/);
  });

  it('lets an abort through as the standard AbortError', async () => {
    server.use(http.get('*/apis/*', () => new Promise<Response>(() => undefined)));
    const controller = new AbortController();
    const pending = k8sRequest(path, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(error).toBeInstanceOf(DOMException);
  });
});
