import { describe, expect, it } from 'vitest';
import { CHECK_ANNOTATION } from './import-controller';
import { captureWatch, dockerTag, statusTagOf, streamBody, testCluster } from './test-support';

const DELAY = 1200;
const INTERVAL = 15 * 60 * 1000;

describe('import controller', () => {
  it('imports a new DockerImage tag after the import delay, not before', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('app', [dockerTag('latest', 'quay.io/acme/app:latest')]));
    clock.advance(DELAY - 1);
    expect(cluster.getImageStream('demo', 'app').status?.tags).toBeUndefined();
    clock.advance(1);
    const stream = cluster.getImageStream('demo', 'app');
    const expected = cluster.registry.resolve('quay.io/acme/app:latest');
    if (!expected.ok) throw new Error('the registry should resolve this image');
    expect(stream.status?.tags).toEqual([
      { tag: 'latest', items: [{ created: '2026-11-02T09:00:01Z', dockerImageReference: `quay.io/acme/app@${expected.digest}`, image: expected.digest, generation: 1 }] },
    ]);
    expect(stream.metadata.annotations?.[CHECK_ANNOTATION]).toBe('2026-11-02T09:00:01Z');
  });

  it('gives the same digest for the same image until it is pushed', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const first = cluster.registry.resolve('docker.io/library/busybox:1.36');
    expect(cluster.registry.resolve('busybox:1.36')).toEqual(first);
    const pushed = cluster.push('busybox:1.36');
    expect(cluster.registry.resolve('busybox:1.36')).toMatchObject({ ok: true, digest: pushed });
    expect(pushed).not.toBe(first.ok && first.digest);
  });

  it('coalesces several changes within the delay into one import write', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('app', [dockerTag('a', 'quay.io/acme/app:1')]));
    cluster.patchImageStream('demo', 'app', { spec: { tags: [dockerTag('a', 'quay.io/acme/app:1'), dockerTag('b', 'quay.io/acme/app:2')] } }, 'merge');
    const watch = captureWatch(cluster, { namespace: 'demo', resourceVersion: cluster.store.currentRv() });
    clock.advance(DELAY);
    expect(watch.summary()).toEqual(['MODIFIED app']);
    expect(cluster.getImageStream('demo', 'app').status?.tags?.map((t) => t.items?.length)).toEqual([1, 1]);
  });

  it.each([
    ['unauthorized', 'quay.io/acme/private-tools:latest', 'Unauthorized', 'you may not have access to the container image "quay.io/acme/private-tools:latest"'],
    ['missing tag', 'quay.io/acme/web-frontend:nope', 'NotFound', 'dockerimage.image.openshift.io "quay.io/acme/web-frontend:nope" not found'],
    ['missing tag by name', 'quay.io/example/app:missing-2023', 'NotFound', 'dockerimage.image.openshift.io "quay.io/example/app:missing-2023" not found'],
    ['unknown host', 'registry.unreachable.invalid/team/app:1.0', 'InternalError', 'dial tcp: lookup registry.unreachable.invalid on 172.30.0.10:53: no such host'],
    ['plain HTTP without insecure', 'insecure.registry.local:5000/tools/app:1.0', 'BadRequest', 'Get "https://insecure.registry.local:5000/v2/": http: server gave HTTP response to HTTPS client'],
  ])('records %s as ImportSuccess=False', (_label, image, reason, message) => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('app', [dockerTag('t', image)]));
    clock.advance(DELAY);
    const status = statusTagOf(cluster.getImageStream('demo', 'app'), 't');
    expect(status?.items).toBeNull();
    expect(status?.conditions).toHaveLength(1);
    expect(status?.conditions?.[0]).toMatchObject({ type: 'ImportSuccess', status: 'False', reason, generation: 1, lastTransitionTime: '2026-11-02T09:00:01Z' });
    expect(status?.conditions?.[0]?.message).toContain(message);
  });

  it('does not retry a failed import on its own', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('app', [dockerTag('t', 'quay.io/acme/private-tools:latest')]));
    clock.advance(DELAY);
    const rv = cluster.store.currentRv();
    clock.advance(DELAY * 10);
    expect(cluster.store.currentRv()).toBe(rv);
  });

  it('imports from a plain-HTTP registry when the tag is insecure', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('app', [dockerTag('t', 'insecure.registry.local:5000/tools/app:1.0', { importPolicy: { insecure: true } })]));
    clock.advance(DELAY);
    const status = statusTagOf(cluster.getImageStream('demo', 'app'), 't');
    expect(status?.items?.[0]?.dockerImageReference).toMatch(/^insecure\.registry\.local:5000\/tools\/app@sha256:/);
    expect(status?.conditions).toBeUndefined();
  });

  it('clears the failure once the tag points at an image that exists', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('app', [dockerTag('t', 'quay.io/acme/web-frontend:nope')]));
    clock.advance(DELAY);
    cluster.patchImageStream('demo', 'app', { spec: { tags: [dockerTag('t', 'quay.io/acme/web-frontend:stable')] } }, 'merge');
    clock.advance(DELAY);
    const status = statusTagOf(cluster.getImageStream('demo', 'app'), 't');
    expect(status?.conditions).toBeUndefined();
    expect(status?.items?.map((i) => i.generation)).toEqual([2]);
  });

  it('leaves terminating streams alone', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('app', [dockerTag('t', 'nginx')], { metadata: { name: 'app', finalizers: ['x/hold'] } }));
    cluster.deleteImageStream('demo', 'app');
    clock.advance(DELAY);
    expect(cluster.getImageStream('demo', 'app').status?.tags).toBeUndefined();
  });
});

describe('scheduled imports', () => {
  it('re-imports a scheduled tag on the interval after a registry push, and only what changed is written', () => {
    const { cluster, clock } = testCluster();
    const before = statusTagOf(cluster.getImageStream('demo', 'auto-updated'), 'latest')?.items ?? [];
    const digest = cluster.push('quay.io/example/app:latest');
    const watch = captureWatch(cluster, { resourceVersion: cluster.store.currentRv() });
    clock.advance(INTERVAL - 1);
    expect(watch.events).toEqual([]);
    clock.advance(1);
    expect(watch.summary()).toEqual(['MODIFIED auto-updated']);
    const items = statusTagOf(cluster.getImageStream('demo', 'auto-updated'), 'latest')?.items ?? [];
    expect(items).toHaveLength(before.length + 1);
    expect(items[0]).toEqual({ created: '2026-11-02T09:15:00Z', dockerImageReference: `quay.io/example/app@${digest}`, image: digest, generation: 1 });
    expect(items.slice(1)).toEqual(before);
  });

  it('does not re-import tags that are not scheduled', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('app', [dockerTag('manual', 'quay.io/acme/app:1'), dockerTag('auto', 'quay.io/acme/app:1', { importPolicy: { scheduled: true } })]));
    clock.advance(DELAY);
    cluster.push('quay.io/acme/app:1');
    clock.advance(INTERVAL);
    const s = cluster.getImageStream('demo', 'app');
    expect(statusTagOf(s, 'auto')?.items).toHaveLength(2);
    expect(statusTagOf(s, 'manual')?.items).toHaveLength(1);
  });

  it('runs on demand, and keeps running every interval', () => {
    const { cluster, clock } = testCluster();
    cluster.push('quay.io/acme/web-frontend:latest');
    cluster.runScheduledImports();
    expect(statusTagOf(cluster.getImageStream('demo', 'web-frontend'), 'latest')?.items).toHaveLength(15);
    clock.advance(INTERVAL);
    cluster.push('quay.io/acme/web-frontend:latest');
    clock.advance(INTERVAL);
    const s = cluster.getImageStream('demo', 'web-frontend');
    expect(statusTagOf(s, 'latest')?.items).toHaveLength(16);
    // `stable` tracks `latest` in the same stream.
    expect(statusTagOf(s, 'stable')?.items?.[0]?.image).toBe(statusTagOf(s, 'latest')?.items?.[0]?.image);
  });

  it('stops with the cluster', () => {
    const { cluster, clock } = testCluster();
    cluster.stop();
    cluster.push('quay.io/example/app:latest');
    const rv = cluster.store.currentRv();
    clock.advance(INTERVAL * 2);
    expect(cluster.store.currentRv()).toBe(rv);
  });
});
