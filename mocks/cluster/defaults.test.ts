import { describe, expect, it } from 'vitest';
import { normalizeTags, tagSourceChanged } from './defaults';
import type { TagReference } from './types';
import { dockerTag, streamBody, testCluster } from './test-support';

describe('tags are stored by name', () => {
  it('sorts by name and lets the last duplicate win, without an error', () => {
    const tags = normalizeTags([dockerTag('b', 'nginx:1'), dockerTag('a', 'nginx:2'), dockerTag('b', 'nginx:3'), dockerTag('C', 'nginx:4')]);
    expect(tags.map((t) => [t.name, t.from?.name])).toEqual([
      ['C', 'nginx:4'],
      ['a', 'nginx:2'],
      ['b', 'nginx:3'],
    ]);
  });

  it('fills the defaults the server applies', () => {
    expect(normalizeTags([{ name: 'x', from: null }])).toEqual([
      { name: 'x', annotations: null, generation: null, importPolicy: { importMode: 'Legacy' }, referencePolicy: { type: 'Source' } },
    ]);
    const [kept] = normalizeTags([dockerTag('x', 'nginx', { annotations: { a: 'b' }, importPolicy: { scheduled: true, importMode: 'PreserveOriginal' }, referencePolicy: { type: 'Local' } })]);
    expect(kept).toMatchObject({ annotations: { a: 'b' }, importPolicy: { scheduled: true, importMode: 'PreserveOriginal' }, referencePolicy: { type: 'Local' } });
  });

  it('collapses duplicates on create, too', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const created = cluster.createImageStream('demo', streamBody('dup', [dockerTag('z', 'nginx:1'), dockerTag('a', 'nginx:2'), dockerTag('z', 'nginx:3')]));
    expect(created.spec.tags?.map((t) => `${t.name}=${t.from?.name}`)).toEqual(['a=nginx:2', 'z=nginx:3']);
  });
});

describe('create', () => {
  it('discards the status sent and derives the repositories', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const body = streamBody('app', [dockerTag('latest', 'quay.io/acme/app:latest')], {
      status: { dockerImageRepository: 'evil/x', tags: [{ tag: 'latest', items: [{ created: 'x', dockerImageReference: 'y', image: 'z', generation: 1 }] }] },
    });
    const created = cluster.createImageStream('demo', body);
    expect(created.status).toEqual({
      dockerImageRepository: 'image-registry.openshift-image-registry.svc:5000/demo/app',
      publicDockerImageRepository: 'default-route-openshift-image-registry.apps.demo.example.com/demo/app',
    });
  });

  it('omits publicDockerImageRepository when the registry is not exposed', () => {
    const { cluster } = testCluster({ seed: 'empty', config: { publicRegistryHost: undefined } });
    expect(cluster.createImageStream('demo', streamBody('app')).status).toEqual({ dockerImageRepository: 'image-registry.openshift-image-registry.svc:5000/demo/app' });
  });

  it('sets generation 1 on the stream and every tag, whatever the body says', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const body = streamBody('app', [dockerTag('a', 'nginx', { generation: 7 }), dockerTag('b', 'nginx', { generation: 0 })]);
    (body.metadata as Record<string, unknown>).generation = 9;
    const created = cluster.createImageStream('demo', body);
    expect(created.metadata.generation).toBe(1);
    expect(created.spec.tags?.map((t) => t.generation)).toEqual([1, 1]);
  });

  it('assigns uid, creationTimestamp and a fresh resourceVersion; ignores those sent', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const before = cluster.store.currentRv();
    const created = cluster.createImageStream('demo', {
      metadata: { name: 'app', uid: 'mine', resourceVersion: '1', creationTimestamp: '2000-01-01T00:00:00Z', deletionTimestamp: '2000-01-01T00:00:00Z' },
    });
    expect(created.metadata.uid).not.toBe('mine');
    expect(created.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.metadata.creationTimestamp).toBe('2026-11-02T09:00:00Z');
    expect(created.metadata.deletionTimestamp).toBeUndefined();
    expect(created.metadata.resourceVersion).not.toBe(before);
    expect(created.metadata.resourceVersion).toBe(cluster.store.currentRv());
  });

  it('defaults lookupPolicy and drops an empty tag list', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const created = cluster.createImageStream('demo', { metadata: { name: 'app' }, spec: { tags: [] } });
    expect(created.spec).toEqual({ lookupPolicy: { local: false } });
  });

  it('names from generateName and answers 409 AlreadyExists for a taken name', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const generated = cluster.createImageStream('demo', { metadata: { generateName: 'app-' } });
    expect(generated.metadata.name).toMatch(/^app-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    cluster.createImageStream('demo', streamBody('app'));
    expect(() => cluster.createImageStream('demo', streamBody('app'))).toThrow(
      expect.objectContaining({ code: 409, reason: 'AlreadyExists', message: 'imagestreams.image.openshift.io "app" already exists' }),
    );
  });

  it('keeps unknown fields as they came', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const created = cluster.createImageStream('demo', streamBody('app', [dockerTag('a', 'nginx', { futureField: 1 })], { spec: { tags: [dockerTag('a', 'nginx', { futureField: 1 })], somethingNew: 'x' } }));
    expect(created.spec.somethingNew).toBe('x');
    expect(created.spec.tags?.[0]?.futureField).toBe(1);
  });
});

describe('what counts as a new source for a tag', () => {
  const base: TagReference = dockerTag('t', 'quay.io/a/b:1', { importPolicy: { importMode: 'Legacy' } });
  it.each<[string, Partial<TagReference>, boolean]>([
    ['from.name', { from: { kind: 'DockerImage', name: 'quay.io/a/b:2' } }, true],
    ['from.kind', { from: { kind: 'ImageStreamTag', name: 'quay.io/a/b:1' } }, true],
    ['from.namespace', { from: { kind: 'DockerImage', name: 'quay.io/a/b:1', namespace: 'x' } }, true],
    ['reference', { reference: true }, true],
    ['importMode', { importPolicy: { importMode: 'PreserveOriginal' } }, true],
    ['annotations', { annotations: { a: 'b' } }, false],
    ['referencePolicy', { referencePolicy: { type: 'Local' } }, false],
    ['scheduled', { importPolicy: { importMode: 'Legacy', scheduled: true } }, false],
  ])('%s changed → %s', (_field, change, expected) => {
    expect(tagSourceChanged(base, { ...base, ...change })).toBe(expected);
  });
});
