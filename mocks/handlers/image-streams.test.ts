import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../cluster/clock';
import type { ImageStream } from '../cluster/types';
import { setupClusterServer } from '../node';
import { IMAGE_API, json, send, streamsUrl } from './test-support';

const clock = createManualClock();
const { server, cluster } = setupClusterServer({ clock });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => cluster.reset());
afterAll(() => server.close());

const TABLE = 'application/json;as=Table;g=meta.k8s.io;v=v1';

describe('GET', () => {
  it('lists a namespace as an ImageStreamList', async () => {
    const response = await fetch(streamsUrl('samples'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/json');
    const list = await json<{ kind: string; apiVersion: string; metadata: { resourceVersion: string }; items: ImageStream[] }>(response);
    expect(list.kind).toBe('ImageStreamList');
    expect(list.apiVersion).toBe('image.openshift.io/v1');
    expect(list.metadata.resourceVersion).toBe(cluster.store.currentRv());
    expect(list.items.map((s) => s.metadata.name)).toEqual(['nodejs', 'ruby']);
  });

  it('lists every namespace', async () => {
    const list = await json<{ items: ImageStream[] }>(await fetch(`${IMAGE_API}/imagestreams?fieldSelector=metadata.name%3Dubi9`));
    expect(list.items.map((s) => `${s.metadata.namespace}/${s.metadata.name}`)).toEqual(['shared-images/ubi9']);
  });

  it('pages with limit and continue', async () => {
    const first = await json<{ metadata: { continue: string; remainingItemCount: number; resourceVersion: string }; items: ImageStream[] }>(await fetch(streamsUrl('demo', '', 'limit=10')));
    expect(first.items).toHaveLength(10);
    expect(first.metadata.remainingItemCount).toBe(cluster.listImageStreams('demo').items.length - 10);
    const rest = await json<{ metadata: { continue?: string; resourceVersion: string }; items: ImageStream[] }>(await fetch(streamsUrl('demo', '', `limit=10&continue=${encodeURIComponent(first.metadata.continue)}`)));
    expect(rest.metadata.continue).toBeUndefined();
    expect(rest.metadata.resourceVersion).toBe(first.metadata.resourceVersion);
    expect(rest.items).toHaveLength(first.metadata.remainingItemCount);
  });

  it('400 for a negative limit and for a bad selector', async () => {
    expect((await fetch(streamsUrl('demo', '', 'limit=-1'))).status).toBe(400);
    expect(await json(await fetch(streamsUrl('demo', '', 'labelSelector=a%3D(b')))).toMatchObject({ kind: 'Status', code: 400, reason: 'BadRequest' });
  });

  it('gets one stream; 404 is a Status', async () => {
    const stream = await json<ImageStream>(await fetch(streamsUrl('demo', 'nginx')));
    expect(stream).toEqual(cluster.getImageStream('demo', 'nginx'));
    const missing = await fetch(streamsUrl('demo', 'nope'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'imagestreams.image.openshift.io "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', group: 'image.openshift.io', kind: 'imagestreams' },
      code: 404,
    });
  });

  it('404 for a namespace that does not exist', async () => {
    const response = await fetch(streamsUrl('nowhere'));
    expect(response.status).toBe(404);
    expect(await json(response)).toMatchObject({ message: 'namespaces "nowhere" not found' });
  });

  it('answers Accept: as=Table with the oc get columns, for lists and single objects', async () => {
    const table = await json<{ kind: string; columnDefinitions: { name: string }[]; rows: { cells: string[] }[] }>(await fetch(streamsUrl('samples'), { headers: { Accept: TABLE } }));
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c) => c.name)).toEqual(['Name', 'Image Repository', 'Tags', 'Updated']);
    expect(table.rows.map((r) => r.cells[0])).toEqual(['nodejs', 'ruby']);
    const one = await json<{ rows: { cells: string[] }[] }>(await fetch(streamsUrl('demo', 'reference-only'), { headers: { Accept: TABLE } }));
    expect(one.rows[0]?.cells.slice(0, 3)).toEqual(['reference-only', 'default-route-openshift-image-registry.apps.demo.example.com/demo/reference-only', 'upstream']);
  });
});

describe('POST', () => {
  it('201 with the created object', async () => {
    const response = await send(streamsUrl('demo'), 'POST', { apiVersion: 'image.openshift.io/v1', kind: 'ImageStream', metadata: { name: 'created' }, spec: {} });
    expect(response.status).toBe(201);
    expect(await json<ImageStream>(response)).toEqual(cluster.getImageStream('demo', 'created'));
  });

  it('409 AlreadyExists, 422 Invalid with causes, 400 for bad JSON', async () => {
    expect(await json(await send(streamsUrl('demo'), 'POST', { metadata: { name: 'nginx' } }))).toMatchObject({ code: 409, reason: 'AlreadyExists' });
    const invalid = await send(streamsUrl('demo'), 'POST', { metadata: { name: 'x' }, spec: { tags: [{ name: 'latest', from: { kind: 'Nope', name: 'x' } }] } });
    expect(invalid.status).toBe(422);
    expect(await json(invalid)).toMatchObject({ reason: 'Invalid', details: { causes: [{ field: 'spec.tags[latest].from.kind', reason: 'FieldValueRequired' }] } });
    const broken = await send(streamsUrl('demo'), 'POST', '{"metadata":');
    expect(broken.status).toBe(400);
    expect(await json(broken)).toMatchObject({ reason: 'BadRequest', message: expect.stringContaining('the body of the request could not be decoded') });
  });

  it('dryRun=All persists nothing; other dryRun values are a 400', async () => {
    const rv = cluster.store.currentRv();
    const response = await send(streamsUrl('demo', '', 'dryRun=All'), 'POST', { metadata: { name: 'dry' } });
    expect(response.status).toBe(201);
    expect(cluster.store.currentRv()).toBe(rv);
    expect((await fetch(streamsUrl('demo', 'dry'))).status).toBe(404);
    expect(await json(await send(streamsUrl('demo', '', 'dryRun=Yes'), 'POST', { metadata: { name: 'dry' } }))).toMatchObject({ code: 400, message: 'Invalid dry run value: "Yes", supported values: "All"' });
  });
});

describe('PUT', () => {
  it('422 without resourceVersion, 409 when stale, 200 otherwise', async () => {
    const stream = cluster.getImageStream('demo', 'nginx');
    const { resourceVersion, ...meta } = stream.metadata;
    const missing = await send(streamsUrl('demo', 'nginx'), 'PUT', { ...stream, metadata: meta });
    expect(missing.status).toBe(422);
    expect(await json(missing)).toMatchObject({ details: { causes: [{ field: 'metadata.resourceVersion', message: 'Invalid value: 0x0: must be specified for an update' }] } });
    const stale = await send(streamsUrl('demo', 'nginx'), 'PUT', { ...stream, metadata: { ...meta, resourceVersion: '1' } });
    expect(stale.status).toBe(409);
    expect(await json(stale)).toMatchObject({ reason: 'Conflict' });
    const ok = await send(streamsUrl('demo', 'nginx'), 'PUT', { ...stream, metadata: { ...meta, resourceVersion, labels: { put: 'yes' } } });
    expect(ok.status).toBe(200);
    expect((await json<ImageStream>(ok)).metadata.labels).toEqual({ put: 'yes' });
  });
});

describe('PATCH', () => {
  it.each([
    ['application/merge-patch+json', { metadata: { labels: { p: 'merge' } } }, 'merge'],
    ['application/merge-patch+json; charset=utf-8', { metadata: { labels: { p: 'merge' } } }, 'merge'],
    ['application/json-patch+json', [{ op: 'add', path: '/metadata/labels/p', value: 'json' }], 'json'],
    ['application/strategic-merge-patch+json', { metadata: { labels: { p: 'strategic' } } }, 'strategic'],
  ])('%s', async (contentType, body, label) => {
    const response = await send(streamsUrl('demo', 'nginx'), 'PATCH', body, contentType);
    expect(response.status).toBe(200);
    expect((await json<ImageStream>(response)).metadata.labels?.p).toBe(label);
  });

  it('415 for another content type', async () => {
    const response = await send(streamsUrl('demo', 'nginx'), 'PATCH', { metadata: {} }, 'application/json');
    expect(response.status).toBe(415);
    expect(await json(response)).toMatchObject({ reason: 'UnsupportedMediaType' });
  });
});

describe('DELETE', () => {
  it('200 with the object, then 404', async () => {
    const response = await send(streamsUrl('demo', 'nginx'), 'DELETE');
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ kind: 'ImageStream', metadata: { name: 'nginx' } });
    expect((await fetch(streamsUrl('demo', 'nginx'))).status).toBe(404);
  });

  it('takes the propagation policy from DeleteOptions or the query', async () => {
    const body = await json<ImageStream>(await send(streamsUrl('demo', 'nginx'), 'DELETE', { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Foreground' }));
    expect(body.metadata).toMatchObject({ finalizers: ['foregroundDeletion'], deletionTimestamp: expect.any(String) });
    const orphan = await json<ImageStream>(await send(streamsUrl('demo', 'my-app', 'propagationPolicy=Orphan'), 'DELETE'));
    expect(orphan.metadata.finalizers).toEqual(['orphan']);
    clock.advance(300);
    expect((await fetch(streamsUrl('demo', 'nginx'))).status).toBe(404);
    expect(await json(await send(streamsUrl('demo', 'temp-images', 'propagationPolicy=Sideways'), 'DELETE'))).toMatchObject({ code: 400, reason: 'BadRequest' });
  });

  it('dry run from the query or the body', async () => {
    expect((await send(streamsUrl('demo', 'nginx', 'dryRun=All'), 'DELETE')).status).toBe(200);
    expect((await send(streamsUrl('demo', 'nginx'), 'DELETE', { dryRun: ['All'] })).status).toBe(200);
    expect((await fetch(streamsUrl('demo', 'nginx'))).status).toBe(200);
  });

  it('409 when preconditions fail', async () => {
    const response = await send(streamsUrl('demo', 'nginx'), 'DELETE', { preconditions: { uid: 'other' } });
    expect(response.status).toBe(409);
  });
});

describe('read-only namespace', () => {
  it.each([
    ['POST', streamsUrl('shared-images'), { metadata: { name: 'x' } }, 'create'],
    ['PATCH', streamsUrl('shared-images', 'ubi9'), { metadata: { labels: { a: 'b' } } }, 'patch'],
    ['DELETE', streamsUrl('shared-images', 'ubi9'), undefined, 'delete'],
  ])('%s is 403', async (method, url, body, verb) => {
    const response = await send(url, method, body, method === 'PATCH' ? 'application/merge-patch+json' : 'application/json');
    expect(response.status).toBe(403);
    expect(await json(response)).toMatchObject({ reason: 'Forbidden', message: expect.stringContaining(`cannot ${verb} resource "imagestreams"`) });
  });
});
