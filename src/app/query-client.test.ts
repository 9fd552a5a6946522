import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupClusterServer } from '../../mocks/node';
import { K8sApiError, ProxyUnreachableError } from '../lib/k8s/errors';
import { k8sRequest, setApiBaseUrl } from '../lib/k8s/request';
import { TEST_ORIGIN } from '../lib/k8s/test-helpers';
import { createErrorNotices } from './error-notices';
import { createQueryClient, queryRetryDelay, shouldRetry } from './query-client';

const apiError = (code: number, reason: string, retryAfterSeconds?: number) => new K8sApiError({ code, reason, message: reason, retryAfterSeconds });
const top = () => 1;

describe('shouldRetry (reads)', () => {
  it.each([
    ['500 InternalError', apiError(500, 'InternalError')],
    ['503 ServiceUnavailable', apiError(503, 'ServiceUnavailable')],
    ['429 TooManyRequests', apiError(429, 'TooManyRequests', 2)],
    ['an unreachable proxy', new ProxyUnreachableError('The Kubernetes API is unreachable')],
  ])('retries %s three times', (_, error) => {
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, error))).toEqual([true, true, true, false]);
  });

  it.each([
    ['403 Forbidden', apiError(403, 'Forbidden')],
    ['404 NotFound', apiError(404, 'NotFound')],
    ['422 Invalid', apiError(422, 'Invalid')],
    ['a response that did not parse', new Error('Expected string, received number')],
  ])('never retries %s: asking again cannot change the answer', (_, error) => {
    expect(shouldRetry(0, error)).toBe(false);
  });
});

describe('queryRetryDelay', () => {
  it('backs off exponentially without Retry-After', () => {
    expect([0, 1, 2].map((n) => queryRetryDelay(n, apiError(503, 'ServiceUnavailable'), top))).toEqual([500, 1000, 2000]);
    expect(queryRetryDelay(0, new ProxyUnreachableError('gone'), top)).toBe(500);
  });

  it('waits what Retry-After asks, up to a minute', () => {
    expect(queryRetryDelay(0, apiError(429, 'TooManyRequests', 3), top)).toBe(3000);
    expect(queryRetryDelay(0, apiError(503, 'ServiceUnavailable', 7200), top)).toBe(60_000);
  });
});

describe('createQueryClient', () => {
  it('retries reads by the policy and never retries writes', () => {
    const client = createQueryClient(createErrorNotices());
    const defaults = client.getDefaultOptions();
    expect(defaults.queries?.retry).toBe(shouldRetry);
    expect(defaults.mutations?.retry).toBe(false);
    const delay = defaults.queries?.retryDelay;
    expect(typeof delay === 'function' ? delay(0, apiError(429, 'TooManyRequests', 4)) : delay).toBe(4000);
  });
});

describe('against the embedded cluster', () => {
  const { server, cluster } = setupClusterServer();
  const sent: string[] = [];
  const streams = '/apis/image.openshift.io/v1/namespaces/demo/imagestreams';
  beforeAll(() => {
    setApiBaseUrl(TEST_ORIGIN);
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', ({ request }) => sent.push(`${request.method} ${performance.now()}`));
  });
  afterEach(() => {
    cluster.reset();
    sent.length = 0;
  });
  afterAll(() => {
    cluster.stop();
    server.close();
  });

  it('a read throttled with Retry-After: 1 is asked again after a second, and gets the data', async () => {
    cluster.faults.add({ method: 'GET', path: '/imagestreams$', status: 429, retryAfterSeconds: 1, times: 1 });
    const client = createQueryClient(createErrorNotices());
    const data = await client.fetchQuery({ queryKey: ['streams', streams], queryFn: () => k8sRequest<{ items: unknown[] }>(streams) });
    expect(data.items.length).toBeGreaterThan(0);
    const [first = 0, second = 0] = sent.map((s) => Number(s.split(' ')[1]));
    expect(sent).toHaveLength(2);
    expect(second - first).toBeGreaterThanOrEqual(950);
  });

  it('a write that fails with 503 is sent once and the error reaches the caller', async () => {
    cluster.faults.add({ method: 'POST', status: 503 });
    const client = createQueryClient(createErrorNotices());
    const create = client.getMutationCache().build(client, {
      mutationFn: () => k8sRequest(streams, { method: 'POST', body: { metadata: { name: 'once' } } }),
      meta: { errorNotice: false },
    });
    await expect(create.execute(undefined)).rejects.toMatchObject({ code: 503 });
    expect(sent.filter((s) => s.startsWith('POST'))).toHaveLength(1);
  });
});
