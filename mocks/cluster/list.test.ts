import { describe, expect, it } from 'vitest';
import { createManualClock, isoTime } from './clock';
import { createStore } from './store';
import type { ImageStream } from './types';
import { readOnlySample, statusOf, streamBody, testCluster } from './test-support';

const names = (items: { metadata: { name?: string } }[]) => items.map((s) => s.metadata.name);

describe('list', () => {
  it('lists one namespace sorted by name, or all namespaces by namespace then name', () => {
    const cluster = readOnlySample();
    expect(names(cluster.listImageStreams('samples').items)).toEqual(['nodejs', 'ruby']);
    const all = cluster.listImageStreams(undefined).items.map((s) => `${s.metadata.namespace}/${s.metadata.name}`);
    expect(all).toHaveLength(cluster.store.count());
    expect(all).toEqual([...all].sort());
    expect(all.slice(0, 2)).toEqual(['ci/pipeline', 'ci/release-payload']);
  });

  it('answers with the current resourceVersion', () => {
    const cluster = readOnlySample();
    expect(cluster.listImageStreams('demo').resourceVersion).toBe(cluster.store.currentRv());
  });

  it('404 for a namespace that does not exist', () => {
    const cluster = readOnlySample();
    expect(statusOf(() => cluster.listImageStreams('nope'))).toMatchObject({ code: 404, message: 'namespaces "nope" not found' });
  });
});

describe('paging with limit and continue', () => {
  it('walks the whole list in pages with one resourceVersion, even while objects change', () => {
    const { cluster } = testCluster();
    const full = names(cluster.listImageStreams('demo').items);
    const first = cluster.listImageStreams('demo', { limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.remainingItemCount).toBe(full.length - 5);
    cluster.patchImageStream('demo', 'nginx', { metadata: { labels: { touched: 'yes' } } }, 'merge');
    const seen = [...names(first.items)];
    let token = first.continueToken;
    while (token) {
      const page = cluster.listImageStreams('demo', { limit: 5, continueToken: token });
      expect(page.resourceVersion).toBe(first.resourceVersion);
      seen.push(...names(page.items));
      token = page.continueToken;
    }
    expect(seen).toEqual(full);
    expect(first.resourceVersion).not.toBe(cluster.store.currentRv());
  });

  it('gives no continue token on the last page', () => {
    const cluster = readOnlySample();
    const page = cluster.listImageStreams('samples', { limit: 2 });
    expect(page.continueToken).toBeUndefined();
    expect(page.remainingItemCount).toBeUndefined();
  });

  it('410 Expired for a continue token older than the compacted history', () => {
    const { cluster } = testCluster();
    const first = cluster.listImageStreams('demo', { limit: 3 });
    cluster.createImageStream('demo', streamBody('newer'));
    cluster.store.compact();
    expect(statusOf(() => cluster.listImageStreams('demo', { limit: 3, continueToken: first.continueToken }))).toMatchObject({
      code: 410,
      reason: 'Expired',
      message: 'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.',
    });
  });

  it('400 for a token that is not one', () => {
    const cluster = readOnlySample();
    expect(statusOf(() => cluster.listImageStreams('demo', { continueToken: '%%%' }))).toMatchObject({ code: 400, message: 'continue key is not valid: illegal base64 data' });
  });

  it('pages across namespaces', () => {
    const cluster = readOnlySample();
    const first = cluster.listImageStreams(undefined, { limit: 2 });
    const second = cluster.listImageStreams(undefined, { limit: 2, continueToken: first.continueToken });
    expect(names(second.items)).toEqual(['api-server', 'auto-updated']);
  });
});

describe('selectors on lists', () => {
  it.each([
    ['tier=frontend', ['nginx', 'web-frontend']],
    ['tier==frontend', ['nginx', 'web-frontend']],
    ['tier=frontend,team=storefront', ['web-frontend']],
    ['tier!=frontend,app', ['api-server', 'broken-imports', 'multiarch-tools', 'my-build-output', 'python-app', 'tag-config']],
    ['app in (nginx, python-app)', ['nginx', 'python-app']],
    ['app notin (nginx,python-app),tier', ['web-frontend']],
    ['team', ['api-server', 'web-frontend']],
    ['!app', ['auto-updated', 'held-by-finalizer', 'mirrored-image', 'my-app', 'reference-only', 'slow-delete', 'temp-images']],
    ['app=nothing', []],
  ])('labelSelector %j', (labelSelector, expected) => {
    const cluster = readOnlySample();
    expect(names(cluster.listImageStreams('demo', { labelSelector }).items)).toEqual(expected);
  });

  it.each([
    ['metadata.name=nginx', ['demo/nginx']],
    ['metadata.name==ubi9', ['shared-images/ubi9']],
    ['metadata.namespace=samples', ['samples/nodejs', 'samples/ruby']],
    ['metadata.namespace=samples,metadata.name!=ruby', ['samples/nodejs']],
  ])('fieldSelector %j', (fieldSelector, expected) => {
    const cluster = readOnlySample();
    expect(cluster.listImageStreams(undefined, { fieldSelector }).items.map((s) => `${s.metadata.namespace}/${s.metadata.name}`)).toEqual(expected);
  });

  it.each([
    [{ fieldSelector: 'spec.tags=x' }, 'field label not supported: spec.tags'],
    [{ fieldSelector: 'metadata.name' }, "invalid selector: 'metadata.name'; can't understand 'metadata.name'"],
    [{ labelSelector: 'a=(b' }, 'unable to parse requirement'],
    [{ labelSelector: 'a in b' }, 'unable to parse requirement'],
  ])('400 for %j', (options, message) => {
    const cluster = readOnlySample();
    const status = statusOf(() => cluster.listImageStreams('demo', options));
    expect(status).toMatchObject({ code: 400, reason: 'BadRequest' });
    expect(status.message).toContain(message);
  });

  it('pages within a selection', () => {
    const cluster = readOnlySample();
    const first = cluster.listImageStreams('demo', { labelSelector: 'app', limit: 4 });
    const rest = cluster.listImageStreams('demo', { labelSelector: 'app', limit: 4, continueToken: first.continueToken });
    expect(first.remainingItemCount).toBe(4);
    expect([...names(first.items), ...names(rest.items)]).toHaveLength(8);
  });
});

// The substrate of lists and watches: resourceVersions, the bounded history, and the clock.
const stream = (name: string, namespace = 'demo') => ({ kind: 'ImageStream', apiVersion: 'image.openshift.io/v1', metadata: { name, namespace }, spec: {} }) as ImageStream;

describe('store', () => {
  it('gives every write and removal a new resourceVersion, and hands out copies', () => {
    const store = createStore(10);
    const a = store.write('ADDED', stream('a'));
    const a2 = store.write('MODIFIED', { ...a, metadata: { ...a.metadata, labels: { x: 'y' } } });
    const gone = store.remove(a2);
    expect(new Set([a.metadata.resourceVersion, a2.metadata.resourceVersion, gone.metadata.resourceVersion]).size).toBe(3);
    expect(gone.metadata.resourceVersion).toBe(store.currentRv());
    expect(store.get('demo', 'a')).toBeUndefined();
    const b = store.write('ADDED', stream('b'));
    b.metadata.name = 'changed';
    expect(store.get('demo', 'b')?.metadata.name).toBe('b');
  });

  it('keeps a bounded history; older resourceVersions are compacted', () => {
    const store = createStore(2);
    const start = Number(store.currentRv());
    for (const n of ['a', 'b', 'c']) store.write('ADDED', stream(n));
    expect(store.eventsSince(start)).toBe('expired');
    const since = store.eventsSince(start + 1);
    expect(since !== 'expired' && since.map((e) => e.object.metadata.name)).toEqual(['b', 'c']);
    store.compact();
    expect(store.isCompacted(start + 2)).toBe(true);
    expect(store.isCompacted(Number(store.currentRv()))).toBe(false);
  });

  it('lists by namespace in key order and notifies subscribers until they leave', () => {
    const store = createStore();
    const seen: string[] = [];
    const leave = store.subscribe((e) => seen.push(`${e.type} ${e.object.metadata.name}`));
    store.write('ADDED', stream('z', 'demo'));
    store.write('ADDED', stream('a', 'demo'));
    store.write('ADDED', stream('m', 'ci'));
    leave();
    store.write('ADDED', stream('late'));
    expect(seen).toEqual(['ADDED z', 'ADDED a', 'ADDED m']);
    expect(store.list('demo').map((s) => s.metadata.name)).toEqual(['a', 'late', 'z']);
    expect(store.list().map((s) => s.metadata.name)).toEqual(['m', 'a', 'late', 'z']);
    expect(store.list('dem')).toEqual([]);
  });
});

describe('manual clock', () => {
  it('runs due timers in time order, including ones they schedule, and clears', () => {
    const clock = createManualClock(0);
    const log: string[] = [];
    clock.setTimeout(() => log.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => {
      log.push(`a@${clock.now()}`);
      clock.setTimeout(() => log.push(`c@${clock.now()}`), 5);
    }, 10);
    const cancelled = clock.setTimeout(() => log.push('never'), 1);
    clock.clearTimeout(cancelled);
    clock.advance(14);
    expect(log).toEqual(['a@10']);
    expect(clock.now()).toBe(14);
    clock.advance(100);
    expect(log).toEqual(['a@10', 'c@15', 'b@20']);
    expect(clock.pending()).toBe(0);
  });

  it('prints times to the second, as the API server does', () => {
    expect(isoTime(Date.parse('2026-11-02T09:00:01.999Z'))).toBe('2026-11-02T09:00:01Z');
  });
});
