import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../cluster/clock';
import { createFaults, type FaultRule } from '../cluster/faults';
import { setupClusterServer } from '../node';
import { ORIGIN, json, openWatch, send, streamsUrl } from './test-support';

const clock = createManualClock();
const { server, cluster } = setupClusterServer({ clock });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => cluster.reset());
afterAll(() => server.close());

const setFaults = async (rules: FaultRule[] | FaultRule) => {
  const response = await send(`${ORIGIN}/__cluster/faults`, 'POST', rules);
  expect(response.status).toBe(200);
};

describe('fault switches', () => {
  it('latency delays the answer', async () => {
    await setFaults({ path: '/imagestreams$', latencyMs: 60 });
    const start = performance.now();
    expect((await fetch(streamsUrl('demo'))).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(55);
  });

  it('status answers with a Status of that code; 429 carries Retry-After', async () => {
    await setFaults([{ method: 'GET', path: '/namespaces/demo/', status: 429, retryAfterSeconds: 7 }]);
    const limited = await fetch(streamsUrl('demo'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('7');
    expect(await json(limited)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the server has received too many requests and has asked us to try again later',
      reason: 'TooManyRequests',
      details: { retryAfterSeconds: 7 },
      code: 429,
    });
    expect((await fetch(streamsUrl('samples'))).status).toBe(200);
    expect((await send(streamsUrl('demo'), 'POST', { metadata: { name: 'x' } })).status).toBe(201);
  });

  it.each([
    [500, 'InternalError', 'an error on the server ("injected fault") has prevented the request from succeeding'],
    [503, 'ServiceUnavailable', 'the server is currently unable to handle the request'],
  ])('%i → %s', async (status, reason, message) => {
    await setFaults({ status });
    const response = await fetch(streamsUrl('demo'));
    expect(response.status).toBe(status);
    expect(response.headers.get('Retry-After')).toBeNull();
    expect(await json(response)).toMatchObject({ reason, message, code: status });
  });

  it('times limits a rule to the next N requests', async () => {
    await setFaults({ status: 503, message: 'etcd is sad', times: 1 });
    expect(await json(await fetch(streamsUrl('demo')))).toMatchObject({ code: 503, message: 'etcd is sad' });
    expect((await fetch(streamsUrl('demo'))).status).toBe(200);
  });

  it('network fails the request at the connection level', async () => {
    await setFaults({ network: true, path: '/imagestreams' });
    await expect(fetch(streamsUrl('demo'))).rejects.toThrow(TypeError);
  });

  it('never applies to the control endpoints, which clear the faults', async () => {
    await setFaults({ status: 500 });
    expect(await json(await fetch(`${ORIGIN}/__cluster/faults`))).toEqual([{ status: 500 }]);
    expect((await send(`${ORIGIN}/__cluster/faults`, 'DELETE')).status).toBe(200);
    expect((await fetch(streamsUrl('demo'))).status).toBe(200);
  });

  it('dropWatchAfterMs ends watch streams early, and only watches', async () => {
    await setFaults({ watch: true, dropWatchAfterMs: 20 });
    expect((await fetch(streamsUrl('samples'))).status).toBe(200);
    const watch = await openWatch(streamsUrl('samples', '', 'watch=1'));
    const start = performance.now();
    expect((await watch.end()).map((e) => e.type)).toEqual(['ADDED', 'ADDED']);
    expect(performance.now() - start).toBeGreaterThanOrEqual(10);
  });

  it('POST /__cluster/watches/drop ends every open watch at once', async () => {
    const watch = await openWatch(streamsUrl('samples', '', 'watch=1'));
    const dropped = await fetch('http://cluster.test/__cluster/watches/drop', { method: 'POST' });
    expect(await json(dropped)).toEqual({ dropped: 1 });
    expect((await watch.end()).map((e) => e.type)).toEqual(['ADDED', 'ADDED']);
  });

  it('expire makes resumed watches and continue tokens 410', async () => {
    const first = await json<{ metadata: { continue: string; resourceVersion: string } }>(await fetch(streamsUrl('demo', '', 'limit=2')));
    await setFaults({ expire: true });
    const watch = await openWatch(streamsUrl('demo', '', `watch=1&resourceVersion=${first.metadata.resourceVersion}`));
    expect(await watch.end()).toEqual([{ type: 'ERROR', object: expect.objectContaining({ code: 410, reason: 'Expired' }) }]);
    const page = await fetch(streamsUrl('demo', '', `limit=2&continue=${encodeURIComponent(first.metadata.continue)}`));
    expect(page.status).toBe(410);
    expect(await json(page)).toMatchObject({ reason: 'Expired' });
    const fresh = await openWatch(streamsUrl('samples', '', 'watch=1'));
    expect((await fresh.take(2)).map((e) => e.type)).toEqual(['ADDED', 'ADDED']);
    fresh.close();
  });
});

describe('control endpoints', () => {
  it('reset brings the sample data back, with resourceVersions still moving forward', async () => {
    await send(streamsUrl('demo', 'nginx'), 'DELETE');
    await setFaults({ status: 500, path: '/nothing-matches' });
    const before = Number(cluster.store.currentRv());
    const answer = await json<{ reset: boolean; resourceVersion: string }>(await send(`${ORIGIN}/__cluster/reset`, 'POST'));
    expect(answer.reset).toBe(true);
    expect(Number(answer.resourceVersion)).toBeGreaterThan(before);
    expect((await fetch(streamsUrl('demo', 'nginx'))).status).toBe(200);
    expect(cluster.faults.list()).toEqual([]);
  });

  it('registry/push moves the upstream digest; a scheduled import picks it up', async () => {
    const pushed = await json<{ image: string; digest: string }>(await send(`${ORIGIN}/__cluster/registry/push`, 'POST', { image: 'quay.io/example/app:latest' }));
    expect(pushed).toEqual({ image: 'quay.io/example/app:latest', digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect((await send(`${ORIGIN}/__cluster/imports/scheduled`, 'POST')).status).toBe(200);
    const stream = cluster.getImageStream('demo', 'auto-updated');
    expect(stream.status?.tags?.[0]?.items?.[0]?.image).toBe(pushed.digest);
    expect(await json(await send(`${ORIGIN}/__cluster/registry/push`, 'POST', {}))).toMatchObject({ code: 400 });
  });

  it('compact makes older resourceVersions 410', async () => {
    const old = cluster.store.currentRv();
    cluster.createImageStream('demo', { metadata: { name: 'x' } });
    await send(`${ORIGIN}/__cluster/compact`, 'POST');
    const watch = await openWatch(streamsUrl('demo', '', `watch=1&resourceVersion=${old}`));
    expect((await watch.end())[0]?.object).toMatchObject({ code: 410 });
  });
});

const get = (path: string, watch = false) => ({ method: 'GET', path, watch });

describe('fault rules', () => {
  it('match by method, path pattern and watch-ness', () => {
    const faults = createFaults();
    faults.set([
      { method: 'post', status: 500 },
      { path: '/imagestreams$', watch: true, dropWatchAfterMs: 10 },
      { path: '/namespaces/demo/', latencyMs: 50 },
    ]);
    expect(faults.match({ method: 'POST', path: '/x', watch: false }).map((r) => r.status)).toEqual([500]);
    expect(faults.match(get('/apis/image.openshift.io/v1/namespaces/demo/imagestreams', true))).toHaveLength(2);
    expect(faults.match(get('/apis/image.openshift.io/v1/namespaces/demo/imagestreams'))).toEqual([{ path: '/namespaces/demo/', latencyMs: 50 }]);
    expect(faults.match(get('/apis/image.openshift.io/v1/namespaces/ci/imagestreams'))).toEqual([]);
  });

  it('count down `times` and then disappear', () => {
    const faults = createFaults();
    faults.add({ status: 503, times: 2 });
    expect(faults.match(get('/a'))).toHaveLength(1);
    expect(faults.list()).toEqual([{ status: 503, times: 1 }]);
    expect(faults.match(get('/a'))).toHaveLength(1);
    expect(faults.match(get('/a'))).toEqual([]);
    expect(faults.list()).toEqual([]);
  });

  it('replace on set and go on clear', () => {
    const faults = createFaults();
    faults.add({ status: 500 });
    faults.set([{ status: 429, retryAfterSeconds: 3 }]);
    expect(faults.list()).toEqual([{ status: 429, retryAfterSeconds: 3 }]);
    faults.clear();
    expect(faults.match(get('/a'))).toEqual([]);
  });
});
