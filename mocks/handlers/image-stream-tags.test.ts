import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../cluster/clock';
import type { ImageStream } from '../cluster/types';
import { setupClusterServer } from '../node';
import { IMAGE_API, ORIGIN, json, send } from './test-support';

const clock = createManualClock();
const { server, cluster } = setupClusterServer({ clock });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => cluster.reset());
afterAll(() => server.close());

const ns = (namespace: string) => `${IMAGE_API}/namespaces/${namespace}`;

describe('imagestreamimports', () => {
  it('201 with per-image results; 409 when the stream moved', async () => {
    const stream = cluster.getImageStream('demo', 'nginx');
    const body = { kind: 'ImageStreamImport', apiVersion: 'image.openshift.io/v1', metadata: { name: 'nginx', resourceVersion: stream.metadata.resourceVersion }, spec: { import: true, images: [{ from: { kind: 'DockerImage', name: 'docker.io/library/nginx:latest' }, to: { name: 'latest' } }] } };
    const created = await send(`${ns('demo')}/imagestreamimports`, 'POST', body);
    expect(created.status).toBe(201);
    const result = await json<{ kind: string; status: { import: ImageStream; images: { status: { status: string } }[] } }>(created);
    expect(result.kind).toBe('ImageStreamImport');
    expect(result.status.images.map((i) => i.status.status)).toEqual(['Success']);
    expect(result.status.import.metadata.generation).toBe(2);
    const stale = await send(`${ns('demo')}/imagestreamimports`, 'POST', body);
    expect(stale.status).toBe(409);
    expect(await json(stale)).toMatchObject({ reason: 'Conflict', message: expect.stringContaining('the image stream was updated from') });
  });

  it('dryRun=All persists nothing', async () => {
    const rv = cluster.store.currentRv();
    const response = await send(`${ns('demo')}/imagestreamimports?dryRun=All`, 'POST', { metadata: { name: 'fresh' }, spec: { import: true, images: [{ from: { kind: 'DockerImage', name: 'nginx' } }] } });
    expect(response.status).toBe(201);
    expect(cluster.store.currentRv()).toBe(rv);
  });
});

describe('imagestreamtags', () => {
  it('GET by <stream>:<tag>, with the colon encoded or not', async () => {
    for (const name of ['web-frontend:latest', 'web-frontend%3Alatest']) {
      const response = await fetch(`${ns('demo')}/imagestreamtags/${name}`);
      expect(response.status).toBe(200);
      expect(await json(response)).toMatchObject({ kind: 'ImageStreamTag', metadata: { name: 'web-frontend:latest' } });
    }
  });

  it('404 for a spec-only tag, 400 for a bad name', async () => {
    const missing = await fetch(`${ns('demo')}/imagestreamtags/broken-imports:offline`);
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ reason: 'NotFound', details: { kind: 'imagestreamtags' } });
    const bad = await fetch(`${ns('demo')}/imagestreamtags/web-frontend`);
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({ message: 'ImageStreamTags must be retrieved with <name>:<tag>' });
  });

  it('cannot be watched: 405', async () => {
    const response = await fetch(`${ns('demo')}/imagestreamtags?watch=1`);
    expect(response.status).toBe(405);
    expect(await json(response)).toMatchObject({ kind: 'Status', reason: 'MethodNotAllowed', message: 'the server does not allow this method on the requested resource' });
  });

  it('lists', async () => {
    const list = await json<{ kind: string; items: { metadata: { name: string } }[] }>(await fetch(`${ns('samples')}/imagestreamtags`));
    expect(list.kind).toBe('ImageStreamTagList');
    expect(list.items.map((i) => i.metadata.name)).toContain('nodejs:latest');
  });

  it('PUT rolls back; DELETE removes the tag', async () => {
    const old = cluster.getImageStream('demo', 'web-frontend').status?.tags?.find((t) => t.tag === 'canary')?.items?.[2];
    const put = await send(`${ns('demo')}/imagestreamtags/web-frontend:canary`, 'PUT', { kind: 'ImageStreamTag', apiVersion: 'image.openshift.io/v1', metadata: { name: 'web-frontend:canary' }, tag: { name: 'canary', from: { kind: 'ImageStreamImage', name: `web-frontend@${old?.image}` } } });
    expect(put.status).toBe(200);
    expect(await json(put)).toMatchObject({ image: { metadata: { name: old?.image } } });
    const deleted = await send(`${ns('demo')}/imagestreamtags/web-frontend:canary`, 'DELETE');
    expect(deleted.status).toBe(200);
    expect(await json(deleted)).toMatchObject({ kind: 'Status', status: 'Success' });
    expect((await fetch(`${ns('demo')}/imagestreamtags/web-frontend:canary`)).status).toBe(404);
  });

  it('PUT ?dryRun=All changes nothing', async () => {
    const rv = cluster.store.currentRv();
    const response = await send(`${ns('demo')}/imagestreamtags/nginx:next?dryRun=All`, 'PUT', { tag: { from: { kind: 'DockerImage', name: 'nginx:1.27' } } });
    expect(response.status).toBe(200);
    expect(cluster.store.currentRv()).toBe(rv);
  });
});

describe('imagestreamimages', () => {
  it('GET <stream>@<digest>; 404 when not in the stream; 400 for a bad name', async () => {
    const digest = cluster.getImageStream('demo', 'nginx').status?.tags?.[0]?.items?.[1]?.image ?? '';
    const found = await fetch(`${ns('demo')}/imagestreamimages/nginx@${digest}`);
    expect(found.status).toBe(200);
    expect(await json(found)).toMatchObject({ kind: 'ImageStreamImage', metadata: { name: `nginx@${digest}` }, image: { metadata: { name: digest } } });
    expect((await fetch(`${ns('demo')}/imagestreamimages/my-app@${digest}`)).status).toBe(404);
    expect((await fetch(`${ns('demo')}/imagestreamimages/nginx`)).status).toBe(400);
  });
});

describe('access reviews', () => {
  it('201 with the answer', async () => {
    const response = await send(`${ORIGIN}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`, 'POST', {
      kind: 'SelfSubjectAccessReview',
      apiVersion: 'authorization.k8s.io/v1',
      spec: { resourceAttributes: { group: 'image.openshift.io', resource: 'imagestreams', verb: 'delete', namespace: 'shared-images' } },
    });
    expect(response.status).toBe(201);
    expect(await json(response)).toMatchObject({ kind: 'SelfSubjectAccessReview', status: { allowed: false, reason: expect.stringContaining('read-only') } });
  });

  it('403 for writes to the read-only namespace through every endpoint', async () => {
    const writes = [
      send(`${ns('shared-images')}/imagestreamimports`, 'POST', { metadata: { name: 'ubi9' }, spec: { import: true, images: [{ from: { kind: 'DockerImage', name: 'ubi9/ubi' } }] } }),
      send(`${ns('shared-images')}/imagestreamtags/ubi9:x`, 'PUT', { tag: { from: { kind: 'DockerImage', name: 'nginx' } } }),
      send(`${ns('shared-images')}/imagestreamtags/ubi9:latest`, 'DELETE'),
    ];
    expect((await Promise.all(writes)).map((r) => r.status)).toEqual([403, 403, 403]);
  });
});
