import { describe, expect, it } from 'vitest';
import { needsImport } from './tag-status';
import type { ImageStream, TagReference } from './types';
import { captureWatch, dockerTag, specTag, statusOf, statusTagOf, streamBody, testCluster } from './test-support';

const DELAY = 1200;

function withStream() {
  const { cluster, clock } = testCluster({ seed: 'empty' });
  const created = cluster.createImageStream('demo', streamBody('app', [dockerTag('latest', 'quay.io/acme/app:latest')]));
  clock.advance(DELAY);
  return { cluster, clock, created, current: () => cluster.getImageStream('demo', 'app') };
}

/** A stream with two imported DockerImage tags, at generation 1. */
function imported() {
  const { cluster, clock } = testCluster({ seed: 'empty' });
  cluster.createImageStream('demo', streamBody('app', [dockerTag('a', 'quay.io/acme/a:1'), dockerTag('b', 'quay.io/acme/b:1')]));
  clock.advance(DELAY);
  const put = (edit: (s: ImageStream) => void) => {
    const current = cluster.getImageStream('demo', 'app');
    edit(current);
    return cluster.updateImageStream('demo', 'app', current);
  };
  const tag = (s: ImageStream, name: string) => specTag(s, name) as TagReference;
  return { cluster, clock, put, tag };
}

describe('PUT (update)', () => {
  it('needs metadata.resourceVersion: 422 without it', () => {
    const { cluster, current } = withStream();
    const body = current();
    delete body.metadata.resourceVersion;
    const status = statusOf(() => cluster.updateImageStream('demo', 'app', body));
    expect(status).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(status.details?.causes).toEqual([{ reason: 'FieldValueInvalid', message: 'Invalid value: 0x0: must be specified for an update', field: 'metadata.resourceVersion' }]);
  });

  it('answers a stale resourceVersion with 409 Conflict', () => {
    const { cluster, created } = withStream();
    const status = statusOf(() => cluster.updateImageStream('demo', 'app', created));
    expect(status).toMatchObject({
      code: 409,
      reason: 'Conflict',
      message: 'Operation cannot be fulfilled on imagestreams.image.openshift.io "app": the object has been modified; please apply your changes to the latest version and try again',
      details: { name: 'app', group: 'image.openshift.io', kind: 'imagestreams' },
    });
  });

  it('ignores the status sent: status is the server’s', () => {
    const { cluster, current } = withStream();
    const before = current();
    const body = current();
    body.status = { dockerImageRepository: 'elsewhere/x', tags: [{ tag: 'fake', items: [{ created: 'x', dockerImageReference: 'y', image: 'z', generation: 1 }] }] };
    body.metadata.labels = { changed: 'yes' };
    const updated = cluster.updateImageStream('demo', 'app', body);
    expect(updated.metadata.labels).toEqual({ changed: 'yes' });
    expect(updated.status).toEqual(before.status);
  });

  it('keeps uid, creationTimestamp and generation whatever the body says', () => {
    const { cluster, current } = withStream();
    const before = current();
    const body = current();
    Object.assign(body.metadata, { uid: 'other', creationTimestamp: '2000-01-01T00:00:00Z', generation: 42, labels: { a: 'b' } });
    const updated = cluster.updateImageStream('demo', 'app', body);
    expect(updated.metadata).toMatchObject({ uid: before.metadata.uid, creationTimestamp: before.metadata.creationTimestamp, generation: 1 });
  });

  it('does not write a no-op update (same resourceVersion, no event)', () => {
    const { cluster, current } = withStream();
    const body = current();
    const watch = captureWatch(cluster, { namespace: 'demo', resourceVersion: body.metadata.resourceVersion });
    const updated = cluster.updateImageStream('demo', 'app', body);
    expect(updated.metadata.resourceVersion).toBe(body.metadata.resourceVersion);
    expect(watch.events).toEqual([]);
  });

  it('gives every real change a new resourceVersion and a MODIFIED event', () => {
    const { cluster, current } = withStream();
    const body = current();
    const watch = captureWatch(cluster, { namespace: 'demo', resourceVersion: body.metadata.resourceVersion });
    body.metadata.labels = { x: 'y' };
    const updated = cluster.updateImageStream('demo', 'app', body);
    expect(updated.metadata.resourceVersion).not.toBe(body.metadata.resourceVersion);
    expect(watch.summary()).toEqual(['MODIFIED app']);
    expect(watch.events[0]?.object).toEqual(updated);
  });

  it('cannot create: 404 for a missing stream', () => {
    const { cluster } = withStream();
    expect(statusOf(() => cluster.updateImageStream('demo', 'nope', streamBody('nope', undefined, { metadata: { name: 'nope', resourceVersion: '1' } })))).toMatchObject({
      code: 404,
      reason: 'NotFound',
      message: 'imagestreams.image.openshift.io "nope" not found',
      details: { name: 'nope', group: 'image.openshift.io', kind: 'imagestreams' },
    });
  });

  it('400 when the body names another object', () => {
    const { cluster, current } = withStream();
    const body = current();
    body.metadata.name = 'other';
    expect(statusOf(() => cluster.updateImageStream('demo', 'app', body))).toMatchObject({ code: 400, message: 'the name of the object (other) does not match the name on the URL (app)' });
  });

  it('validates like create', () => {
    const { cluster, current } = withStream();
    const body = current();
    body.spec.tags = [{ name: 'latest', from: { kind: 'Git', name: 'x' } }];
    expect(statusOf(() => cluster.updateImageStream('demo', 'app', body)).details?.causes?.[0]?.field).toBe('spec.tags[latest].from.kind');
  });
});

describe('metadata.generation', () => {
  it('stays when only metadata changes', () => {
    const { put } = imported();
    const updated = put((s) => {
      s.metadata.labels = { team: 'x' };
    });
    expect(updated.metadata.generation).toBe(1);
    expect(updated.spec.tags?.map((t) => t.generation)).toEqual([1, 1]);
  });

  it('moves by one per spec change and the changed tag takes it; the others keep theirs', () => {
    const { put, tag } = imported();
    const updated = put((s) => {
      tag(s, 'a').from = { kind: 'DockerImage', name: 'quay.io/acme/a:2' };
    });
    expect(updated.metadata.generation).toBe(2);
    expect(tag(updated, 'a').generation).toBe(2);
    expect(tag(updated, 'b').generation).toBe(1);
    const again = put((s) => {
      tag(s, 'b').reference = true;
    });
    expect(again.metadata.generation).toBe(3);
    expect([tag(again, 'a').generation, tag(again, 'b').generation]).toEqual([2, 3]);
  });

  it.each<[string, (t: TagReference) => void, number]>([
    ['importMode', (t) => void (t.importPolicy = { importMode: 'PreserveOriginal' }), 2],
    ['from.namespace', (t) => void (t.from = { kind: 'DockerImage', name: 'quay.io/acme/a:1', namespace: 'x' }), 2],
    ['annotations (stream generation only)', (t) => void (t.annotations = { note: 'x' }), 1],
    ['referencePolicy (stream generation only)', (t) => void (t.referencePolicy = { type: 'Local' }), 1],
  ])('%s', (_label, change, tagGeneration) => {
    const { put, tag } = imported();
    const updated = put((s) => change(tag(s, 'a')));
    expect(updated.metadata.generation).toBe(2);
    expect(tag(updated, 'a').generation).toBe(tagGeneration);
  });

  it('gives a new tag the new generation', () => {
    const { put, tag } = imported();
    const updated = put((s) => s.spec.tags?.push(dockerTag('c', 'quay.io/acme/c:1', { generation: 1 })));
    expect(updated.metadata.generation).toBe(2);
    expect(tag(updated, 'c').generation).toBe(2);
  });

  it('treats generation 0 as "import again": the tag takes the new stream generation', () => {
    const { put, tag } = imported();
    const updated = put((s) => void (tag(s, 'b').generation = 0));
    expect(updated.metadata.generation).toBe(2);
    expect([tag(updated, 'a').generation, tag(updated, 'b').generation]).toEqual([1, 2]);
  });

  it.each([5, 99, -1, null])('keeps the stored tag generation when the client sends %j', (sent) => {
    const { put, tag } = imported();
    const updated = put((s) => void (tag(s, 'b').generation = sent));
    expect(updated.metadata.generation).toBe(1);
    expect(tag(updated, 'b').generation).toBe(1);
  });

  it('removes the status of a tag removed from spec', () => {
    const { put } = imported();
    const updated = put((s) => void (s.spec.tags = s.spec.tags?.filter((t) => t.name !== 'b')));
    expect(updated.status?.tags?.map((t) => t.tag)).toEqual(['a']);
  });
});

describe('importing', () => {
  it('is pending while the spec generation is newer than what status has seen', () => {
    const { cluster, clock, put, tag } = imported();
    const updated = put((s) => void (tag(s, 'a').from = { kind: 'DockerImage', name: 'quay.io/acme/a:2' }));
    expect(needsImport(updated, tag(updated, 'a'))).toBe(true);
    expect(needsImport(updated, tag(updated, 'b'))).toBe(false);
    clock.advance(DELAY);
    const after = cluster.getImageStream('demo', 'app');
    expect(needsImport(after, tag(after, 'a'))).toBe(false);
    const history = statusTagOf(after, 'a')?.items ?? [];
    expect(history.map((i) => i.generation)).toEqual([2, 1]);
    expect(history[0]?.dockerImageReference).toMatch(/^quay\.io\/acme\/a@sha256:/);
  });

  it('updates only the generation when a re-import finds the same image', () => {
    const { cluster, clock, put, tag } = imported();
    const before = statusTagOf(cluster.getImageStream('demo', 'app'), 'b')?.items ?? [];
    put((s) => void (tag(s, 'b').generation = 0));
    clock.advance(DELAY);
    const items = statusTagOf(cluster.getImageStream('demo', 'app'), 'b')?.items ?? [];
    expect(items).toHaveLength(1);
    expect(items[0]).toEqual({ ...before[0], generation: 2 });
  });

  it('counts a failed import (condition generation) as observed', () => {
    const stream = { metadata: {}, spec: {}, status: { tags: [{ tag: 't', items: [{ created: '', dockerImageReference: 'x', image: 'y', generation: 1 }], conditions: [{ type: 'ImportSuccess', status: 'False', lastTransitionTime: '', generation: 3 }] }] } } as unknown as ImageStream;
    expect(needsImport(stream, dockerTag('t', 'nginx', { generation: 3 }))).toBe(false);
    expect(needsImport(stream, dockerTag('t', 'nginx', { generation: 4 }))).toBe(true);
    expect(needsImport(stream, dockerTag('t', 'nginx', { generation: 4, reference: true }))).toBe(false);
    expect(needsImport(stream, { name: 't', from: { kind: 'ImageStreamTag', name: 'x:y' }, generation: 4 })).toBe(false);
    expect(needsImport(stream, dockerTag('new', 'nginx', { generation: 1 }))).toBe(true);
  });
});
