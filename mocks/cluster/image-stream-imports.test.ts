import { describe, expect, it } from 'vitest';
import type { ImageStream } from './types';
import { specTag, statusOf, statusTagOf, testCluster } from './test-support';

const isi = (name: string, spec: Record<string, unknown>, metadata: Record<string, unknown> = {}) => ({
  kind: 'ImageStreamImport',
  apiVersion: 'image.openshift.io/v1',
  metadata: { name, ...metadata },
  spec,
});
const image = (pullSpec: string, tag?: string, extra: Record<string, unknown> = {}) => ({ from: { kind: 'DockerImage', name: pullSpec }, ...(tag ? { to: { name: tag } } : {}), ...extra });

describe('imagestreamimports with import: true', () => {
  it('re-imports a tag into the stream (oc import-image) with the stream’s resourceVersion', () => {
    const { cluster } = testCluster();
    const stream = cluster.getImageStream('demo', 'auto-updated');
    const digest = cluster.push('quay.io/example/app:latest');
    const result = cluster.createImageStreamImport('demo', isi('auto-updated', { import: true, images: [image('quay.io/example/app:latest', 'latest')] }, { resourceVersion: stream.metadata.resourceVersion }));
    const imported = result.status.import as ImageStream;
    expect(imported.metadata.resourceVersion).toBe(cluster.store.currentRv());
    expect(imported.metadata.generation).toBe(2);
    expect(specTag(imported, 'latest')?.generation).toBe(2);
    expect(statusTagOf(imported, 'latest')?.items?.[0]).toMatchObject({ image: digest, generation: 2, dockerImageReference: `quay.io/example/app@${digest}` });
    expect(statusTagOf(imported, 'latest')?.items).toHaveLength((statusTagOf(stream, 'latest')?.items?.length ?? 0) + 1);
    expect(result.status.images).toEqual([
      { tag: 'latest', status: { metadata: {}, status: 'Success' }, image: expect.objectContaining({ metadata: { name: digest, creationTimestamp: '2026-11-02T09:00:00Z' }, dockerImageReference: `quay.io/example/app@${digest}` }) },
    ]);
    expect(cluster.getImageStream('demo', 'auto-updated')).toEqual(imported);
  });

  it('creates the stream when it does not exist, naming the tag after the pull spec', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const result = cluster.createImageStreamImport('demo', isi('fresh', { import: true, images: [image('quay.io/acme/web-frontend:canary')] }));
    const created = cluster.getImageStream('demo', 'fresh');
    expect(result.status.import).toEqual(created);
    expect(created.metadata.generation).toBe(1);
    expect(created.spec.tags).toEqual([
      { name: 'canary', annotations: null, from: { kind: 'DockerImage', name: 'quay.io/acme/web-frontend:canary' }, generation: 1, importPolicy: { importMode: 'Legacy' }, referencePolicy: { type: 'Source' } },
    ]);
    expect(statusTagOf(created, 'canary')?.items).toHaveLength(1);
  });

  it('reports failures per image and writes them as ImportSuccess=False conditions', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const result = cluster.createImageStreamImport('demo', isi('mixed', {
      import: true,
      images: [image('quay.io/acme/private-tools:latest', 'private'), image('quay.io/acme/web-frontend:nope', 'gone'), image('quay.io/acme/web-frontend:stable', 'ok')],
    }));
    expect(result.status.images?.map((i) => [i.tag, i.status.status, i.status.reason, i.status.code])).toEqual([
      ['private', 'Failure', 'Unauthorized', 401],
      ['gone', 'Failure', 'NotFound', 404],
      ['ok', 'Success', undefined, undefined],
    ]);
    expect(result.status.images?.[1]?.status).toMatchObject({ kind: 'Status', apiVersion: 'v1', message: 'dockerimage.image.openshift.io "quay.io/acme/web-frontend:nope" not found' });
    const written = cluster.getImageStream('demo', 'mixed');
    expect(statusTagOf(written, 'gone')?.conditions).toEqual([
      { type: 'ImportSuccess', status: 'False', lastTransitionTime: '2026-11-02T09:00:00Z', reason: 'NotFound', message: 'dockerimage.image.openshift.io "quay.io/acme/web-frontend:nope" not found', generation: 1 },
    ]);
    expect(statusTagOf(written, 'private')?.conditions?.[0]?.reason).toBe('Unauthorized');
    expect(statusTagOf(written, 'ok')?.items).toHaveLength(1);
  });

  it('applies the importPolicy and referencePolicy of the request', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const result = cluster.createImageStreamImport('demo', isi('plain', {
      import: true,
      images: [image('insecure.registry.local:5000/tools/app:1.0', 'app', { importPolicy: { insecure: true, scheduled: true }, referencePolicy: { type: 'Local' } })],
    }));
    expect(result.status.images?.[0]?.status.status).toBe('Success');
    const tag = specTag(cluster.getImageStream('demo', 'plain'), 'app');
    expect(tag).toMatchObject({ importPolicy: { insecure: true, scheduled: true, importMode: 'Legacy' }, referencePolicy: { type: 'Local' } });
  });
});

describe('imagestreamimports with import: false', () => {
  it('inspects without writing anything', () => {
    const { cluster } = testCluster();
    const rv = cluster.store.currentRv();
    const result = cluster.createImageStreamImport('demo', isi('newapp', { import: false, images: [image('quay.io/acme/web-frontend:latest'), image('registry.unreachable.invalid/a:1')] }));
    expect(result.status.import).toBeUndefined();
    expect(result.status.images?.map((i) => i.status.status)).toEqual(['Success', 'Failure']);
    expect(result.status.images?.[0]?.image?.dockerImageMetadata).toMatchObject({ Architecture: 'amd64' });
    expect(cluster.store.currentRv()).toBe(rv);
    expect(statusOf(() => cluster.getImageStream('demo', 'newapp')).code).toBe(404);
  });
});

describe('preconditions', () => {
  it('409 when the stream moved since the resourceVersion given', () => {
    const { cluster } = testCluster();
    const rv = cluster.getImageStream('demo', 'nginx').metadata.resourceVersion;
    cluster.patchImageStream('demo', 'nginx', { metadata: { labels: { x: 'y' } } }, 'merge');
    const status = statusOf(() => cluster.createImageStreamImport('demo', isi('nginx', { import: true, images: [image('docker.io/library/nginx:latest', 'latest')] }, { resourceVersion: rv })));
    expect(status).toMatchObject({
      code: 409,
      reason: 'Conflict',
      message: `Operation cannot be fulfilled on imagestreamimports.image.openshift.io "nginx": the image stream was updated from "${rv}" to "${cluster.store.currentRv()}"`,
    });
  });

  it.each([
    ['a resourceVersion for a missing stream', 'ghost', { resourceVersion: '5' }],
    ['a uid for a missing stream', 'ghost', { uid: 'x' }],
    ['a uid that does not match', 'nginx', { uid: 'x' }],
  ])('404 for %s', (_label, name, metadata) => {
    const { cluster } = testCluster();
    expect(statusOf(() => cluster.createImageStreamImport('demo', isi(name, { import: true, images: [image('nginx')] }, metadata))).code).toBe(404);
  });
});

describe('repository imports', () => {
  it('imports every tag of the repository', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const result = cluster.createImageStreamImport('demo', isi('web', { import: true, repository: { from: { kind: 'DockerImage', name: 'quay.io/acme/web-frontend' } } }));
    expect(result.status.images).toBeUndefined();
    expect(result.status.repository?.status).toEqual({ metadata: {}, status: 'Success' });
    expect(result.status.repository?.images.map((i) => i.tag)).toEqual(['latest', 'stable', 'v2.3.1', 'canary']);
    expect(cluster.getImageStream('demo', 'web').spec.tags?.map((t) => t.name)).toEqual(['canary', 'latest', 'stable', 'v2.3.1']);
  });

  it('reports how many images failed', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const result = cluster.createImageStreamImport('demo', isi('tools', { import: false, repository: { from: { kind: 'DockerImage', name: 'quay.io/acme/private-tools' } } }));
    expect(result.status.repository?.status).toEqual({ metadata: {}, status: 'Failure', reason: 'ImportFailed', message: '1 of the images from this repository failed to import', code: 422 });
  });

  it('caps the import at 50 tags and lists the rest as additionalTags', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    cluster.registry.seed('quay.io/acme/many', { tags: Array.from({ length: 53 }, (_, i) => `v${i}`) });
    const result = cluster.createImageStreamImport('demo', isi('many', { import: false, repository: { from: { kind: 'DockerImage', name: 'quay.io/acme/many' } } }));
    expect(result.status.repository?.images).toHaveLength(50);
    expect(result.status.repository?.additionalTags).toEqual(['v50', 'v51', 'v52']);
  });
});

describe('validation', () => {
  it.each([
    ['no images and no repository', isi('x', { import: true }), 'spec', 'you must specify at least one image or a repository import'],
    ['a bad stream name', isi('Bad', { import: true, images: [image('nginx')] }), 'metadata.name', 'must match'],
    ['a non-DockerImage source', isi('x', { import: true, images: [{ from: { kind: 'ImageStreamTag', name: 'a:b' } }] }), 'spec.images[0].from.kind', 'only DockerImage is supported'],
    ['a bad pull spec', isi('x', { import: true, images: [image('nginx'), image('Not Valid')] }), 'spec.images[1].from.name', 'invalid reference format'],
    ['a repository with a tag', isi('x', { import: true, repository: { from: { kind: 'DockerImage', name: 'quay.io/a/b:1' } } }), 'spec.repository.from.name', 'must be a repository without a tag or digest'],
  ])('422 for %s', (_label, body, field, message) => {
    const { cluster } = testCluster({ seed: 'empty' });
    const status = statusOf(() => cluster.createImageStreamImport('demo', body));
    expect(status).toMatchObject({ code: 422, reason: 'Invalid', details: { kind: 'ImageStreamImport' } });
    expect(status.details?.causes?.[0]?.field).toBe(field);
    expect(status.details?.causes?.[0]?.message).toContain(message);
  });

  it('400 for a body that is not an object', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    expect(statusOf(() => cluster.createImageStreamImport('demo', null)).code).toBe(400);
  });
});
