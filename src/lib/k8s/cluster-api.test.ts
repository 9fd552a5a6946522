import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupClusterServer } from '../../../mocks/node';
import { ProxyUnreachableError, isAlreadyExists, isConflict, isExpired, isForbidden, isInvalid, isNotFound } from './errors';
import type { K8sApiError } from './errors';
import { listAll, listPages } from './list';
import { resourcePath } from './paths';
import { k8sRequest, setApiBaseUrl } from './request';
import { TEST_ORIGIN } from './test-helpers';

interface Stream {
  metadata: { name: string; namespace: string; resourceVersion: string; labels?: Record<string, string> };
  spec: { tags?: { name: string }[] | null };
}

const { server, cluster } = setupClusterServer();
beforeAll(() => {
  setApiBaseUrl(TEST_ORIGIN);
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  cluster.reset();
});
afterAll(() => {
  cluster.stop();
  server.close();
});

const streams = (namespace?: string, name?: string) =>
  resourcePath({ group: 'image.openshift.io', version: 'v1', resource: 'imagestreams', namespace, name });
const newStream = (name: string) => ({
  kind: 'ImageStream',
  apiVersion: 'image.openshift.io/v1',
  metadata: { name, labels: { team: 'k8s-layer' } },
  spec: { tags: [{ name: 'latest', from: { kind: 'DockerImage', name: 'quay.io/example/app:latest' } }] },
});
const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

describe('against the embedded cluster', () => {
  it('gets a stream and 404s on a missing one with the Status details', async () => {
    const nginx = await k8sRequest<Stream>(streams('demo', 'nginx'));
    expect(nginx.metadata).toMatchObject({ name: 'nginx', namespace: 'demo' });
    const error = await failure(k8sRequest(streams('demo', 'nope')));
    expect(isNotFound(error)).toBe(true);
    expect(error).toMatchObject({ code: 404, details: { name: 'nope', group: 'image.openshift.io' } });
  });

  it('gets an ImageStreamTag through an encoded stream:tag name', async () => {
    const path = resourcePath({ group: 'image.openshift.io', version: 'v1', resource: 'imagestreamtags', namespace: 'demo', name: 'nginx:latest' });
    await expect(k8sRequest(path)).resolves.toMatchObject({ kind: 'ImageStreamTag', metadata: { name: 'nginx:latest' } });
  });

  it('pages a list with one resourceVersion and matches listAll and the unpaged list', async () => {
    const whole = await k8sRequest<{ items: Stream[]; metadata: { resourceVersion: string } }>(streams('demo'));
    expect(whole.items.length).toBeGreaterThan(3);
    const pages = [];
    for await (const page of listPages<Stream>(streams('demo'), { limit: 2 })) pages.push(page);
    expect(pages.length).toBe(Math.ceil(whole.items.length / 2));
    expect(new Set(pages.map((p) => p.resourceVersion))).toEqual(new Set([whole.metadata.resourceVersion]));
    expect(pages[0]?.remainingItemCount).toBe(whole.items.length - 2);
    expect(pages.at(-1)?.continue).toBeUndefined();
    const all = await listAll<Stream>(streams('demo'), { limit: 3 });
    expect(all.items.map((s) => s.metadata.name)).toEqual(whole.items.map((s) => s.metadata.name));
    expect(all.resourceVersion).toBe(whole.metadata.resourceVersion);
  });

  it('lists across namespaces and filters by label and field selectors', async () => {
    const all = await listAll<Stream>(streams());
    const namespaces = new Set(all.items.map((s) => s.metadata.namespace));
    for (const ns of ['demo', 'ci', 'samples', 'shared-images']) expect(namespaces).toContain(ns);
    const byField = await listAll<Stream>(streams('demo'), { fieldSelector: 'metadata.name=nginx' });
    expect(byField.items.map((s) => s.metadata.name)).toEqual(['nginx']);
    await k8sRequest(streams('demo'), { method: 'POST', body: newStream('labelled') });
    const byLabel = await listAll<Stream>(streams(), { labelSelector: 'team=k8s-layer' });
    expect(byLabel.items.map((s) => s.metadata.name)).toEqual(['labelled']);
  });

  it('restarts the list once when the continue token expires, then gives up', async () => {
    const continues: (string | null)[] = [];
    const record = ({ request }: { request: Request }) => void continues.push(new URL(request.url).searchParams.get('continue'));
    server.events.on('request:start', record);
    // The first page uses up one of the two; the first continue gets the 410.
    cluster.faults.add({ expire: true, watch: false, times: 2 });
    const all = await listAll<Stream>(streams('demo'), { limit: 2 });
    server.events.removeListener('request:start', record);
    expect(continues.slice(0, 3)).toEqual([null, expect.any(String), null]);
    expect(all.items.length).toBe((await listAll<Stream>(streams('demo'))).items.length);
    cluster.faults.add({ expire: true, watch: false });
    expect(isExpired(await failure(listAll(streams('demo'), { limit: 2 })))).toBe(true);
  });

  it('creates, then 409s AlreadyExists on a duplicate and Conflict on a stale PUT', async () => {
    const created = await k8sRequest<Stream>(streams('demo'), { method: 'POST', body: newStream('k8s-layer') });
    expect(created.metadata.resourceVersion).toBeTruthy();
    const duplicate = await failure(k8sRequest(streams('demo'), { method: 'POST', body: newStream('k8s-layer') }));
    expect(isAlreadyExists(duplicate)).toBe(true);
    expect(isConflict(duplicate)).toBe(false);

    await k8sRequest(streams('demo', 'k8s-layer'), { method: 'PATCH', body: { metadata: { labels: { moved: 'yes' } } } });
    const stale = await failure(k8sRequest(streams('demo', 'k8s-layer'), { method: 'PUT', body: created }));
    expect(isConflict(stale)).toBe(true);
    expect((stale as K8sApiError).message).toContain('the object has been modified');
  });

  it('applies merge and JSON patches', async () => {
    await k8sRequest(streams('demo'), { method: 'POST', body: newStream('patched') });
    const merged = await k8sRequest<Stream>(streams('demo', 'patched'), { method: 'PATCH', body: { spec: { tags: null } } });
    expect(merged.spec.tags ?? []).toEqual([]);
    const jsonPatched = await k8sRequest<Stream>(streams('demo', 'patched'), {
      method: 'PATCH', patchType: 'json', body: [{ op: 'add', path: '/metadata/labels/extra', value: 'x' }],
    });
    expect(jsonPatched.metadata.labels).toMatchObject({ team: 'k8s-layer', extra: 'x' });
  });

  it('reads 422 causes with their field paths', async () => {
    const body = { ...newStream('Bad_Name'), spec: { tags: [{ name: 'latest', from: { kind: 'Nope', name: 'x' } }] } };
    const error = await failure(k8sRequest(streams('demo'), { method: 'POST', body }));
    expect(isInvalid(error)).toBe(true);
    const fields = (error as K8sApiError).causes.map((c) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['metadata.name', 'spec.tags[latest].from.kind']));
  });

  it('validates without persisting on dry run', async () => {
    const dry = await k8sRequest<Stream>(streams('demo'), { method: 'POST', body: newStream('dry'), dryRun: true });
    expect(dry.metadata.name).toBe('dry');
    expect(isNotFound(await failure(k8sRequest(streams('demo', 'dry'))))).toBe(true);
    await k8sRequest(streams('demo', 'nginx'), { method: 'DELETE', dryRun: true });
    await expect(k8sRequest(streams('demo', 'nginx'))).resolves.toBeTruthy();
  });

  it('reports 403 in the read-only namespace and injected faults', async () => {
    expect(isForbidden(await failure(k8sRequest(streams('shared-images'), { method: 'POST', body: newStream('x') })))).toBe(true);
    cluster.faults.add({ path: '/imagestreams$', network: true, times: 1 });
    expect(await failure(k8sRequest(streams('demo')))).toBeInstanceOf(ProxyUnreachableError);
    cluster.faults.add({ path: '/imagestreams$', status: 429, retryAfterSeconds: 4, times: 1 });
    expect(await failure(k8sRequest(streams('demo')))).toMatchObject({ code: 429, reason: 'TooManyRequests', retryAfterSeconds: 4 });
  });
});
