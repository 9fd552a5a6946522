import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster } from '../cluster/cluster';
import { createManualClock } from '../cluster/clock';
import { isApiPath, startClusterServer } from '../server';
import { json } from './test-support';

// The same handlers behind a real node:http server (what kubectl, Python and e2e tests talk to).
const clock = createManualClock();
let api: Awaited<ReturnType<typeof startClusterServer>>;
beforeAll(async () => {
  api = await startClusterServer({ port: 0, cluster: createCluster({ clock }) });
});
afterAll(() => api.close());

describe('HTTP server', () => {
  it.each([
    ['/api/v1/namespaces', true],
    ['/apis/image.openshift.io/v1', true],
    ['/version', true],
    ['/version?timeout=32s', true],
    ['/openapi/v2', true],
    ['/__cluster/reset', true],
    ['/ui/index.html', false],
    ['/apiary', false],
    ['/', false],
  ])('%s is an API path: %s', (path, expected) => {
    expect(isApiPath(path)).toBe(expected);
  });

  it('answers API requests and leaves the rest alone', async () => {
    const list = await fetch(`${api.url}/apis/image.openshift.io/v1/namespaces/samples/imagestreams`);
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(2);
    const other = await fetch(`${api.url}/ui/`);
    expect(other.status).toBe(404);
    expect(await other.text()).toBe('not found\n');
    const unknown = await fetch(`${api.url}/apis/example.com/v1/things`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ kind: 'Status', reason: 'NotFound' });
  });

  it('reads request bodies', async () => {
    const created = await fetch(`${api.url}/apis/image.openshift.io/v1/namespaces/demo/imagestreams`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ metadata: { name: 'over-http' } }) });
    expect(created.status).toBe(201);
    expect(api.cluster.getImageStream('demo', 'over-http').metadata.name).toBe('over-http');
  });

  it('streams watch events as they happen and stops the watch when the client leaves', async () => {
    const abort = new AbortController();
    const response = await fetch(`${api.url}/apis/image.openshift.io/v1/namespaces/samples/imagestreams?watch=1`, { signal: abort.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while (text.split('\n').length < 3) text += new TextDecoder().decode((await reader.read()).value);
    api.cluster.patchImageStream('samples', 'ruby', { metadata: { labels: { live: 'yes' } } }, 'merge');
    while (text.split('\n').length < 4) text += new TextDecoder().decode((await reader.read()).value);
    expect(text.trim().split('\n').map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(['ADDED', 'ADDED', 'MODIFIED']);
    // The watch holds one timer (its server-side timeout) until the connection closes.
    const withWatch = clock.pending();
    abort.abort();
    await expect.poll(() => clock.pending()).toBe(withWatch - 1);
  });

  it('drops the connection for a network fault', async () => {
    api.cluster.faults.set([{ network: true, times: 1 }]);
    await expect(fetch(`${api.url}/api/v1/namespaces`)).rejects.toThrow(TypeError);
    expect((await fetch(`${api.url}/api/v1/namespaces`)).status).toBe(200);
  });
});

describe('discovery', () => {
  it.each([
    ['/api', 'APIVersions'],
    ['/api/v1', 'APIResourceList'],
    ['/apis', 'APIGroupList'],
    ['/apis/image.openshift.io', 'APIGroup'],
    ['/apis/image.openshift.io/v1', 'APIResourceList'],
    ['/apis/authorization.k8s.io/v1', 'APIResourceList'],
    ['/api/v1/namespaces', 'NamespaceList'],
    ['/api/v1/namespaces/demo', 'Namespace'],
  ])('%s is a %s with kind and apiVersion', async (path, kind) => {
    const body = await json(await fetch(`${api.url}${path}`));
    expect(body.kind).toBe(kind);
    expect(body.apiVersion).toEqual(expect.any(String));
  });

  it('serves /version', async () => {
    expect(await json(await fetch(`${api.url}/version`))).toMatchObject({ major: '1', gitVersion: expect.stringMatching(/^v1\./) });
  });

  it('describes the image resources with verbs and short names', async () => {
    const list = await json<{ groupVersion: string; resources: { name: string; namespaced: boolean; kind: string; verbs: string[]; shortNames?: string[] }[] }>(await fetch(`${api.url}/apis/image.openshift.io/v1`));
    expect(list.groupVersion).toBe('image.openshift.io/v1');
    const byName = Object.fromEntries(list.resources.map((r) => [r.name, r]));
    expect(byName.imagestreams).toMatchObject({ singularName: 'imagestream', namespaced: true, kind: 'ImageStream', shortNames: ['is'] });
    expect(byName.imagestreams?.verbs).toEqual(expect.arrayContaining(['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']));
    expect(byName.imagestreamtags?.shortNames).toEqual(['istag']);
    expect(byName.imagestreamtags?.verbs).not.toContain('watch');
    expect(byName.imagestreamimages).toMatchObject({ shortNames: ['isimage'], verbs: ['get'] });
    expect(byName.imagestreamimports?.verbs).toEqual(['create']);
  });

  it('lists the sample namespaces, sorted; 404 for others', async () => {
    const list = await json<{ items: { metadata: { name: string; labels: Record<string, string> } }[] }>(await fetch(`${api.url}/api/v1/namespaces`));
    expect(list.items.map((n) => n.metadata.name)).toEqual(['ci', 'demo', 'samples', 'shared-images']);
    expect(list.items[3]?.metadata.labels).toMatchObject({ 'kubernetes.io/metadata.name': 'shared-images' });
    const missing = await fetch(`${api.url}/api/v1/namespaces/nope`);
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ message: 'namespaces "nope" not found', details: { group: '', kind: 'namespaces' } });
  });
});
