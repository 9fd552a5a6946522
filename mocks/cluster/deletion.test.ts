import { describe, expect, it } from 'vitest';
import { captureWatch, statusOf, streamBody, testCluster } from './test-support';

const GC = 300;
const CLEANUP = 3000;
const HOLD = 'dashboard.example.com/hold';
const SLOW = 'dashboard.example.com/slow-cleanup';

describe('DELETE imagestreams', () => {
  it('without finalizers: returns the object, then DELETED and 404', () => {
    const { cluster } = testCluster();
    const before = cluster.getImageStream('demo', 'nginx');
    const watch = captureWatch(cluster, { namespace: 'demo', resourceVersion: cluster.store.currentRv() });
    const deleted = cluster.deleteImageStream('demo', 'nginx');
    expect(deleted).toEqual({ ...before, metadata: { ...before.metadata, resourceVersion: cluster.store.currentRv() } });
    expect(watch.summary()).toEqual(['DELETED nginx']);
    expect(watch.events[0]?.object).toEqual(deleted);
    expect(statusOf(() => cluster.getImageStream('demo', 'nginx'))).toMatchObject({ code: 404, message: 'imagestreams.image.openshift.io "nginx" not found' });
    expect(statusOf(() => cluster.deleteImageStream('demo', 'nginx')).code).toBe(404);
  });

  it('Foreground: pending with foregroundDeletion and deletionTimestamp until the GC drops it', () => {
    const { cluster, clock } = testCluster();
    const watch = captureWatch(cluster, { namespace: 'demo', resourceVersion: cluster.store.currentRv() });
    const pending = cluster.deleteImageStream('demo', 'nginx', { propagationPolicy: 'Foreground' });
    expect(pending.metadata).toMatchObject({ finalizers: ['foregroundDeletion'], deletionTimestamp: '2026-11-02T09:00:00Z', deletionGracePeriodSeconds: 0 });
    expect(cluster.getImageStream('demo', 'nginx').metadata.deletionTimestamp).toBe('2026-11-02T09:00:00Z');
    clock.advance(GC - 1);
    expect(cluster.getImageStream('demo', 'nginx')).toBeDefined();
    clock.advance(1);
    expect(statusOf(() => cluster.getImageStream('demo', 'nginx')).code).toBe(404);
    expect(watch.summary()).toEqual(['MODIFIED nginx', 'DELETED nginx']);
  });

  it('Orphan: the orphan finalizer is dropped by the GC too', () => {
    const { cluster, clock } = testCluster();
    expect(cluster.deleteImageStream('demo', 'nginx', { propagationPolicy: 'Orphan' }).metadata.finalizers).toEqual(['orphan']);
    clock.advance(GC);
    expect(statusOf(() => cluster.getImageStream('demo', 'nginx')).code).toBe(404);
  });

  it('Background: gone at once', () => {
    const { cluster } = testCluster();
    cluster.deleteImageStream('demo', 'nginx', { propagationPolicy: 'Background' });
    expect(statusOf(() => cluster.getImageStream('demo', 'nginx')).code).toBe(404);
  });

  it('a slow-cleanup finalizer is removed by its controller after the cleanup delay', () => {
    const { cluster, clock } = testCluster();
    const watch = captureWatch(cluster, { namespace: 'demo', fieldSelector: 'metadata.name=slow-delete', resourceVersion: cluster.store.currentRv() });
    const pending = cluster.deleteImageStream('demo', 'slow-delete', { propagationPolicy: 'Foreground' });
    expect(pending.metadata.finalizers).toEqual([SLOW, 'foregroundDeletion']);
    clock.advance(GC);
    expect(cluster.getImageStream('demo', 'slow-delete').metadata.finalizers).toEqual([SLOW]);
    clock.advance(CLEANUP - GC - 1);
    expect(cluster.getImageStream('demo', 'slow-delete').metadata.deletionTimestamp).toBeDefined();
    clock.advance(1);
    expect(statusOf(() => cluster.getImageStream('demo', 'slow-delete')).code).toBe(404);
    expect(watch.summary()).toEqual(['MODIFIED slow-delete', 'MODIFIED slow-delete', 'DELETED slow-delete']);
  });

  it('a held finalizer keeps the stream terminating; removing it finishes the deletion', () => {
    const { cluster, clock } = testCluster();
    cluster.deleteImageStream('demo', 'held-by-finalizer');
    clock.advance(60 * 60 * 1000);
    const held = cluster.getImageStream('demo', 'held-by-finalizer');
    expect(held.metadata).toMatchObject({ finalizers: [HOLD], deletionTimestamp: '2026-11-02T09:00:00Z' });

    const again = cluster.deleteImageStream('demo', 'held-by-finalizer');
    expect(again.metadata.resourceVersion).toBe(held.metadata.resourceVersion);

    const watch = captureWatch(cluster, { namespace: 'demo', resourceVersion: cluster.store.currentRv() });
    const released = cluster.patchImageStream('demo', 'held-by-finalizer', { metadata: { finalizers: null } }, 'merge');
    expect(released.metadata.finalizers).toBeUndefined();
    expect(statusOf(() => cluster.getImageStream('demo', 'held-by-finalizer')).code).toBe(404);
    // The real store deletes instead of updating when the last finalizer goes: no MODIFIED first.
    expect(watch.summary()).toEqual(['DELETED held-by-finalizer']);
  });

  it('an update of a terminating stream keeps its deletionTimestamp', () => {
    const { cluster } = testCluster();
    const pending = cluster.deleteImageStream('demo', 'held-by-finalizer');
    const body = cluster.getImageStream('demo', 'held-by-finalizer');
    delete body.metadata.deletionTimestamp;
    body.metadata.labels = { x: 'y' };
    expect(cluster.updateImageStream('demo', 'held-by-finalizer', body).metadata.deletionTimestamp).toBe(pending.metadata.deletionTimestamp);
  });

  it.each([
    [{ uid: 'nope' }, 'Precondition failed: UID in precondition: nope, UID in object meta: '],
    [{ resourceVersion: '1' }, 'Precondition failed: ResourceVersion in precondition: 1, ResourceVersion in object meta: '],
  ])('409 when preconditions %j do not hold', (preconditions, message) => {
    const { cluster } = testCluster();
    const status = statusOf(() => cluster.deleteImageStream('demo', 'nginx', { preconditions }));
    expect(status).toMatchObject({ code: 409, reason: 'Conflict' });
    expect(status.message).toContain(message);
    expect(cluster.getImageStream('demo', 'nginx')).toBeDefined();
  });

  it('deletes when the preconditions hold', () => {
    const { cluster } = testCluster();
    const { uid, resourceVersion } = cluster.getImageStream('demo', 'nginx').metadata;
    cluster.deleteImageStream('demo', 'nginx', { preconditions: { uid, resourceVersion } });
    expect(statusOf(() => cluster.getImageStream('demo', 'nginx')).code).toBe(404);
  });

  it('a stream created with a finalizer of its own waits for it', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('app', undefined, { metadata: { name: 'app', finalizers: [SLOW] } }));
    cluster.deleteImageStream('demo', 'app');
    clock.advance(CLEANUP - 1);
    expect(cluster.getImageStream('demo', 'app').metadata.finalizers).toEqual([SLOW]);
    clock.advance(1);
    expect(statusOf(() => cluster.getImageStream('demo', 'app')).code).toBe(404);
  });

  it('a reset forgets pending finalizer work: a new deletion gets its full delay', () => {
    const { cluster, clock } = testCluster();
    cluster.deleteImageStream('demo', 'slow-delete');
    clock.advance(1000);
    cluster.reset();
    cluster.deleteImageStream('demo', 'slow-delete');
    clock.advance(CLEANUP - 1);
    expect(cluster.getImageStream('demo', 'slow-delete').metadata.finalizers).toEqual([SLOW]);
    clock.advance(1);
    expect(statusOf(() => cluster.getImageStream('demo', 'slow-delete')).code).toBe(404);
  });
});
