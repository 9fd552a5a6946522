import { describe, expect, it } from 'vitest';
import type { Cluster } from './cluster';
import { captureWatch, dockerTag, statusOf, statusTagOf, streamBody, testCluster } from './test-support';

/** Runs `write`, then checks the store did not move and no import or event followed. */
function persistsNothing(write: (c: Cluster) => unknown) {
  const { cluster, clock } = testCluster();
  const rv = cluster.store.currentRv();
  const snapshot = JSON.stringify(cluster.listImageStreams(undefined).items);
  const watch = captureWatch(cluster, { resourceVersion: rv });
  const result = write(cluster);
  clock.advance(5_000);
  expect(cluster.store.currentRv()).toBe(rv);
  expect(JSON.stringify(cluster.listImageStreams(undefined).items)).toBe(snapshot);
  expect(watch.events).toEqual([]);
  return result;
}

describe('dryRun=All validates fully and persists nothing', () => {
  it('create returns the would-be object', () => {
    const created = persistsNothing((c) => c.createImageStream('demo', streamBody('new', [dockerTag('b', 'nginx'), dockerTag('a', 'nginx')]), { dryRun: true })) as ReturnType<Cluster['createImageStream']>;
    expect(created.metadata).toMatchObject({ name: 'new', namespace: 'demo', generation: 1 });
    expect(created.spec.tags?.map((t) => t.name)).toEqual(['a', 'b']);
    expect(created.status?.dockerImageRepository).toBe('image-registry.openshift-image-registry.svc:5000/demo/new');
  });

  it('create still answers 422 and 409', () => {
    const { cluster } = testCluster();
    expect(statusOf(() => cluster.createImageStream('demo', streamBody('Bad'), { dryRun: true })).code).toBe(422);
    expect(statusOf(() => cluster.createImageStream('demo', streamBody('nginx'), { dryRun: true })).code).toBe(409);
  });

  it('update returns the would-be object with the new generation', () => {
    const updated = persistsNothing((c) => {
      const body = c.getImageStream('demo', 'nginx');
      body.spec.tags = [dockerTag('latest', 'docker.io/library/nginx:1.27')];
      return c.updateImageStream('demo', 'nginx', body, { dryRun: true });
    }) as ReturnType<Cluster['updateImageStream']>;
    expect(updated.metadata.generation).toBe(2);
    expect(updated.spec.tags?.[0]?.generation).toBe(2);
  });

  it('update still checks the resourceVersion', () => {
    const { cluster } = testCluster();
    const body = cluster.getImageStream('demo', 'nginx');
    body.metadata.resourceVersion = '1';
    expect(statusOf(() => cluster.updateImageStream('demo', 'nginx', body, { dryRun: true })).code).toBe(409);
  });

  it('patch', () => {
    const patched = persistsNothing((c) => c.patchImageStream('demo', 'nginx', { metadata: { labels: { dry: 'run' } } }, 'merge', { dryRun: true })) as ReturnType<Cluster['patchImageStream']>;
    expect(patched.metadata.labels?.dry).toBe('run');
  });

  it('delete returns the object and leaves it there', () => {
    const deleted = persistsNothing((c) => c.deleteImageStream('demo', 'slow-delete', { propagationPolicy: 'Foreground', dryRun: true })) as ReturnType<Cluster['deleteImageStream']>;
    expect(deleted.metadata.name).toBe('slow-delete');
  });

  it('imagestreamimport with import: true returns the would-be stream', () => {
    const result = persistsNothing((c) => {
      c.push('quay.io/example/app:latest');
      return c.createImageStreamImport('demo', { metadata: { name: 'auto-updated' }, spec: { import: true, images: [{ from: { kind: 'DockerImage', name: 'quay.io/example/app:latest' }, to: { name: 'latest' } }] } }, { dryRun: true });
    }) as ReturnType<Cluster['createImageStreamImport']>;
    expect(result.status.import?.metadata.generation).toBe(2);
  });

  it('imagestreamtag PUT (rollback preview)', () => {
    const istag = persistsNothing((c) => {
      const old = statusTagOf(c.getImageStream('demo', 'web-frontend'), 'latest')?.items?.[2];
      return c.putImageStreamTag('demo', 'web-frontend:latest', { tag: { from: { kind: 'ImageStreamImage', name: `web-frontend@${old?.image}` } } }, { dryRun: true });
    }) as ReturnType<Cluster['putImageStreamTag']>;
    expect(istag.generation).toBe(2);
  });

  it('imagestreamtag PUT that would create the stream', () => {
    persistsNothing((c) => c.putImageStreamTag('demo', 'fresh:v1', { tag: { from: { kind: 'DockerImage', name: 'nginx' } } }, { dryRun: true }));
  });
});
