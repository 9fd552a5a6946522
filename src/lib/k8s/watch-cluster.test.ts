import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupClusterServer } from '../../../mocks/node';
import { ProxyUnreachableError, WatchExpiredError } from './errors';
import { listAll } from './list';
import { resourcePath } from './paths';
import { k8sRequest, setApiBaseUrl } from './request';
import { TEST_ORIGIN } from './test-helpers';
import { watch } from './watch';
import type { WatchEvent, WatchStatus } from './watch';

interface Stream {
  metadata: { name: string; namespace: string; resourceVersion: string };
}

const { server, cluster } = setupClusterServer();
const watchRvs: (string | null)[] = [];
beforeAll(() => {
  setApiBaseUrl(TEST_ORIGIN);
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    const q = new URL(request.url).searchParams;
    if (q.get('watch')) watchRvs.push(q.get('resourceVersion'));
  });
});
afterEach(() => {
  server.resetHandlers();
  cluster.reset();
  watchRvs.length = 0;
});
afterAll(() => {
  cluster.stop();
  server.close();
});

const streams = (namespace?: string, name?: string) =>
  resourcePath({ group: 'image.openshift.io', version: 'v1', resource: 'imagestreams', namespace, name });
const create = (namespace: string, name: string) =>
  k8sRequest<Stream>(streams(namespace), { method: 'POST', body: { metadata: { name }, spec: { tags: [] } } });

async function startWatch(namespace: string | undefined, resourceVersion: string) {
  const controller = new AbortController();
  const events: WatchEvent<Stream>[] = [];
  const statuses: WatchStatus[] = [];
  const errors: unknown[] = [];
  const done = watch<Stream>(streams(namespace), {
    resourceVersion,
    signal: controller.signal,
    onEvent: (e) => events.push(e),
    onError: (e) => errors.push(e),
    onStatus: (s) => statuses.push(s),
    backoff: { initialMs: 5, maxMs: 20, reconnectMs: 1 },
  });
  await expect.poll(() => statuses).toContain('live');
  const seen = () => events.map((e) => `${e.type} ${e.object.metadata.namespace}/${e.object.metadata.name}`);
  return { controller, events, statuses, errors, done, seen };
}

describe('watch against the embedded cluster', () => {
  it('delivers changes made by other calls, from the list resourceVersion', async () => {
    const { resourceVersion } = await listAll<Stream>(streams('demo'));
    const w = await startWatch('demo', resourceVersion);
    await create('demo', 'watched');
    await create('ci', 'elsewhere');
    await k8sRequest(streams('demo', 'watched'), { method: 'DELETE' });
    await expect.poll(w.seen).toEqual(['ADDED demo/watched', 'DELETED demo/watched']);
    w.controller.abort();
    await expect(w.done).resolves.toMatchObject({ reason: 'aborted' });
    expect(w.errors).toEqual([]);
  });

  it('replays what happened between the list and the watch', async () => {
    const { resourceVersion } = await listAll<Stream>(streams('demo'));
    await create('demo', 'early');
    const w = await startWatch('demo', resourceVersion);
    await expect.poll(w.seen).toEqual(['ADDED demo/early']);
    w.controller.abort();
    await w.done;
  });

  it('resumes from the last resourceVersion after the server drops the stream', async () => {
    const { resourceVersion } = await listAll<Stream>(streams('demo'));
    cluster.faults.add({ watch: true, dropWatchAfterMs: 150, times: 1 });
    const w = await startWatch('demo', resourceVersion);
    const first = await create('demo', 'before-drop');
    await expect.poll(w.seen).toEqual(['ADDED demo/before-drop']);
    await expect.poll(() => watchRvs.length).toBe(2);
    await create('demo', 'after-drop');
    await expect.poll(w.seen).toEqual(['ADDED demo/before-drop', 'ADDED demo/after-drop']);
    expect(watchRvs).toEqual([resourceVersion, first.metadata.resourceVersion]);
    w.controller.abort();
    await w.done;
  });

  it('reports expiry so the caller lists again', async () => {
    cluster.faults.add({ watch: true, expire: true, times: 1 });
    const { resourceVersion } = await listAll<Stream>(streams('demo'));
    const w = await startWatch('demo', resourceVersion);
    await expect(w.done).resolves.toMatchObject({ reason: 'expired' });
    expect(w.errors).toEqual([expect.any(WatchExpiredError)]);
    expect(watchRvs).toHaveLength(1);
  });

  it('goes offline while the API is unreachable and carries on afterwards', async () => {
    const { resourceVersion } = await listAll<Stream>(streams('demo'));
    cluster.faults.add({ watch: true, network: true, times: 2 });
    const errors: unknown[] = [];
    const controller = new AbortController();
    const events: string[] = [];
    const statuses: WatchStatus[] = [];
    const done = watch<Stream>(streams('demo'), {
      resourceVersion,
      signal: controller.signal,
      onEvent: (e) => events.push(e.object.metadata.name),
      onStatus: (s, e) => (statuses.push(s), e && errors.push(e)),
      backoff: { initialMs: 5, maxMs: 20, reconnectMs: 1 },
    });
    await expect.poll(() => statuses).toEqual(['connecting', 'offline', 'offline', 'live']);
    expect(errors.every((e) => e instanceof ProxyUnreachableError)).toBe(true);
    await create('demo', 'back-online');
    await expect.poll(() => events).toEqual(['back-online']);
    controller.abort();
    await done;
  });
});
