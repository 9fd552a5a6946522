import { describe, expect, it } from 'vitest';
import { readOnlySample, specTag, statusOf, statusTagOf, testCluster } from './test-support';

describe('GET imagestreamtags', () => {
  it('shows the tag’s spec, its newest image with metadata, and the stream’s lookup policy', () => {
    const cluster = readOnlySample();
    const stream = cluster.getImageStream('demo', 'web-frontend');
    const newest = statusTagOf(stream, 'latest')?.items?.[0];
    const istag = cluster.getImageStreamTag('demo', 'web-frontend:latest');
    expect(istag).toMatchObject({
      kind: 'ImageStreamTag',
      apiVersion: 'image.openshift.io/v1',
      metadata: { name: 'web-frontend:latest', namespace: 'demo', uid: stream.metadata.uid, resourceVersion: stream.metadata.resourceVersion, creationTimestamp: newest?.created },
      tag: specTag(stream, 'latest'),
      generation: newest?.generation,
      lookupPolicy: { local: false },
      image: { metadata: { name: newest?.image }, dockerImageReference: newest?.dockerImageReference, dockerImageMetadata: { Architecture: 'amd64' } },
    });
    expect(istag.image).toHaveProperty('dockerImageLayers');
  });

  it('shows a pushed tag (status only) with tag: null', () => {
    const cluster = readOnlySample();
    expect(cluster.getImageStreamTag('demo', 'api-server:build-41').tag).toBeNull();
  });

  it.each([
    ['a spec-only tag that failed to import', 'broken-imports:gone', 'imagestreamtags.image.openshift.io "broken-imports:gone" not found'],
    ['a tag that does not exist', 'nginx:nope', 'imagestreamtags.image.openshift.io "nginx:nope" not found'],
    ['a stream that does not exist', 'ghost:latest', 'imagestreams.image.openshift.io "ghost" not found'],
  ])('404 for %s', (_label, name, message) => {
    const cluster = readOnlySample();
    expect(statusOf(() => cluster.getImageStreamTag('demo', name))).toMatchObject({ code: 404, reason: 'NotFound', message });
  });

  it.each(['nginx', 'a:b:c', 'nginx@sha256:abc', ':latest', 'nginx:', 'nginx:lat@est'])('400 for the name %j', (name) => {
    const cluster = readOnlySample();
    expect(statusOf(() => cluster.getImageStreamTag('demo', name))).toMatchObject({ code: 400, reason: 'BadRequest', message: 'ImageStreamTags must be retrieved with <name>:<tag>' });
  });

  it('lists one istag per status tag with an image, without image metadata', () => {
    const cluster = readOnlySample();
    const list = cluster.listImageStreamTags('demo');
    expect(list).toMatchObject({ kind: 'ImageStreamTagList', apiVersion: 'image.openshift.io/v1', metadata: { resourceVersion: cluster.store.currentRv() } });
    const names = list.items.map((i) => i.metadata.name);
    expect(names).toContain('api-server:build-42');
    expect(names).toContain('reference-only:upstream');
    expect(names).not.toContain('broken-imports:gone');
    expect(names).toContain('broken-imports:works');
    const one = list.items.find((i) => i.metadata.name === 'web-frontend:latest');
    expect(Object.keys(one?.image ?? {})).toEqual(['metadata', 'dockerImageReference']);
  });
});

describe('PUT imagestreamtags', () => {
  it('rolls back to an older image: the server prepends a new history item, and tracking tags follow', () => {
    const { cluster } = testCluster();
    const before = cluster.getImageStream('demo', 'web-frontend');
    const history = statusTagOf(before, 'latest')?.items ?? [];
    const old = history[3];
    const istag = cluster.putImageStreamTag('demo', 'web-frontend:latest', {
      kind: 'ImageStreamTag',
      metadata: { name: 'web-frontend:latest', resourceVersion: before.metadata.resourceVersion },
      tag: { name: 'latest', from: { kind: 'ImageStreamImage', name: `web-frontend@${old?.image}` } },
    });
    const after = cluster.getImageStream('demo', 'web-frontend');
    const items = statusTagOf(after, 'latest')?.items ?? [];
    expect(items).toHaveLength(history.length + 1);
    expect(items[0]).toMatchObject({ image: old?.image, dockerImageReference: old?.dockerImageReference, generation: 2, created: '2026-11-02T09:00:00Z' });
    expect(items.slice(1)).toEqual(history);
    expect(specTag(after, 'latest')).toMatchObject({ from: { kind: 'ImageStreamImage', name: `web-frontend@${old?.image}` }, generation: 2 });
    expect(after.metadata.generation).toBe(2);
    expect(statusTagOf(after, 'stable')?.items?.[0]?.image).toBe(old?.image);
    expect(istag.image.metadata.name).toBe(old?.image);
  });

  it('409 when the resourceVersion given is not the stream’s', () => {
    const { cluster } = testCluster();
    const rv = cluster.getImageStream('demo', 'nginx').metadata.resourceVersion;
    expect(statusOf(() => cluster.putImageStreamTag('demo', 'nginx:latest', { metadata: { resourceVersion: '1' }, tag: { name: 'latest', from: { kind: 'DockerImage', name: 'nginx:1.27' } } }))).toMatchObject({
      code: 409,
      reason: 'Conflict',
      message: `Operation cannot be fulfilled on imagestreamtags.image.openshift.io "nginx:latest": another caller has updated the resource version to ${rv}`,
    });
  });

  it('adds a tag to a stream, to be imported', () => {
    const { cluster, clock } = testCluster();
    cluster.putImageStreamTag('demo', 'nginx:1.27', { tag: { name: 'ignored', from: { kind: 'DockerImage', name: 'docker.io/library/nginx:1.27' } } });
    const stream = cluster.getImageStream('demo', 'nginx');
    expect(specTag(stream, '1.27')).toMatchObject({ name: '1.27', generation: 2 });
    expect(statusOf(() => cluster.getImageStreamTag('demo', 'nginx:1.27')).code).toBe(404);
    clock.advance(1200);
    expect(cluster.getImageStreamTag('demo', 'nginx:1.27').image.dockerImageReference).toMatch(/^docker\.io\/library\/nginx@sha256:/);
  });

  it('creates the stream when it does not exist', () => {
    const { cluster } = testCluster();
    const istag = cluster.putImageStreamTag('demo', 'brand-new:v1', { tag: { from: { kind: 'DockerImage', name: 'ghcr.io/acme/x:1' }, reference: true } });
    expect(istag.image.dockerImageReference).toBe('ghcr.io/acme/x:1');
    expect(cluster.getImageStream('demo', 'brand-new').spec.tags?.map((t) => t.name)).toEqual(['v1']);
  });

  it.each([
    ['no tag', { metadata: {} }, 422, 'ImageStreamTag.image.openshift.io "nginx:latest" is invalid: tag: Required value'],
    ['another name in the body', { metadata: { name: 'nginx:other' }, tag: {} }, 400, 'the name of the object (nginx:other) does not match the name on the URL (nginx:latest)'],
  ])('rejects %s', (_label, body, code, message) => {
    const { cluster } = testCluster();
    expect(statusOf(() => cluster.putImageStreamTag('demo', 'nginx:latest', body))).toMatchObject({ code, message });
  });
});

describe('DELETE imagestreamtags', () => {
  it('removes both spec and status of the tag', () => {
    const { cluster } = testCluster();
    expect(cluster.deleteImageStreamTag('demo', 'web-frontend:canary')).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name: 'web-frontend:canary', group: 'image.openshift.io', kind: 'imagestreamtags' },
    });
    const stream = cluster.getImageStream('demo', 'web-frontend');
    expect(specTag(stream, 'canary')).toBeUndefined();
    expect(statusTagOf(stream, 'canary')).toBeUndefined();
    expect(stream.spec.tags?.map((t) => t.name)).toEqual(['latest', 'stable', 'v2.3.1']);
  });

  it('removes a pushed (status-only) tag', () => {
    const { cluster } = testCluster();
    cluster.deleteImageStreamTag('demo', 'api-server:build-41');
    expect(cluster.getImageStream('demo', 'api-server').status?.tags?.map((t) => t.tag)).toEqual(['build-42', 'latest']);
  });

  it('404 for a tag that is nowhere; 400 for a bad name', () => {
    const { cluster } = testCluster();
    expect(statusOf(() => cluster.deleteImageStreamTag('demo', 'nginx:nope')).code).toBe(404);
    expect(statusOf(() => cluster.deleteImageStreamTag('demo', 'nginx')).code).toBe(400);
  });
});

describe('GET imagestreamimages', () => {
  it('finds any image in the stream’s history, by digest or a prefix of it', () => {
    const cluster = readOnlySample();
    const old = statusTagOf(cluster.getImageStream('demo', 'web-frontend'), 'canary')?.items?.[4];
    for (const id of [old?.image ?? '', (old?.image ?? '').slice(0, 20)]) {
      const isimage = cluster.getImageStreamImage('demo', `web-frontend@${id}`);
      expect(isimage).toMatchObject({
        kind: 'ImageStreamImage',
        metadata: { name: `web-frontend@${old?.image}`, namespace: 'demo', creationTimestamp: old?.created },
        image: { metadata: { name: old?.image }, dockerImageReference: old?.dockerImageReference },
      });
    }
  });

  it('404 for an image the stream never had; 400 for a bad name', () => {
    const cluster = readOnlySample();
    const other = statusTagOf(cluster.getImageStream('demo', 'nginx'), 'latest')?.items?.[0]?.image;
    expect(statusOf(() => cluster.getImageStreamImage('demo', `web-frontend@${other}`))).toMatchObject({ code: 404, message: `imagestreamimages.image.openshift.io "web-frontend@${other}" not found` });
    expect(statusOf(() => cluster.getImageStreamImage('demo', `ghost@${other}`)).message).toBe('imagestreams.image.openshift.io "ghost" not found');
    for (const name of ['web-frontend', 'sha256:abc', 'a@b@c'])
      expect(statusOf(() => cluster.getImageStreamImage('demo', name))).toMatchObject({ code: 400, message: 'ImageStreamImages must be retrieved with <name>@<id>' });
  });
});

describe('POST imagestreamtags', () => {
  it('adds a tag that is not in spec yet, and refuses one that is (409 AlreadyExists)', () => {
    const { cluster } = testCluster();
    const created = cluster.createImageStreamTag('demo', {
      metadata: { name: 'nginx:pinned' },
      tag: { from: { kind: 'ImageStreamTag', name: 'nginx:latest' } },
    });
    expect(created.metadata.name).toBe('nginx:pinned');
    expect(specTag(cluster.getImageStream('demo', 'nginx'), 'pinned')?.from).toEqual({ kind: 'ImageStreamTag', name: 'nginx:latest' });
    expect(statusOf(() => cluster.createImageStreamTag('demo', { metadata: { name: 'nginx:latest' }, tag: { from: { kind: 'DockerImage', name: 'nginx:1' } } }))).toMatchObject({
      code: 409,
      reason: 'AlreadyExists',
    });
  });
});
