import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../cluster/clock';
import type { ImageStream } from '../cluster/types';
import { setupClusterServer } from '../node';
import { isTrue } from './route';
import { IMAGE_API, json, openWatch, streamsUrl } from './test-support';

const clock = createManualClock();
const { server, cluster } = setupClusterServer({ clock });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => cluster.reset());
afterAll(() => server.close());

const names = (events: { type: string; object: unknown }[]) => events.map((e) => `${e.type} ${(e.object as ImageStream).metadata?.name ?? ''}`.trim());

describe('query booleans', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['True', true],
    ['yes', true],
    ['anything', true],
    ['', true],
    ['0', false],
    ['f', false],
    ['FALSE', false],
    ['n', false],
    ['No', false],
  ])('%j → %s', (value, expected) => {
    expect(isTrue(value)).toBe(expected);
  });

  it('treats an absent parameter as false', () => {
    expect(isTrue(null)).toBe(false);
  });

  it.each(['watch=True', 'watch=1', 'watch', 'watch=yes'])('?%s watches', async (query) => {
    const watch = await openWatch(streamsUrl('samples', '', query));
    expect(names(await watch.take(2))).toEqual(['ADDED nodejs', 'ADDED ruby']);
    watch.close();
  });

  it.each(['watch=false', 'watch=0', 'watch=F'])('?%s lists', async (query) => {
    expect(await json(await fetch(streamsUrl('samples', '', query)))).toMatchObject({ kind: 'ImageStreamList' });
  });
});

describe('watch over HTTP', () => {
  it('streams newline-delimited JSON events: initial ADDED, then live changes', async () => {
    const watch = await openWatch(streamsUrl('samples', '', 'watch=1'));
    expect(watch.response.status).toBe(200);
    expect(watch.response.headers.get('Content-Type')).toBe('application/json');
    await watch.take(2);
    cluster.patchImageStream('samples', 'ruby', { metadata: { labels: { x: 'y' } } }, 'merge');
    cluster.deleteImageStream('samples', 'nodejs');
    expect(names(await watch.take(4))).toEqual(['ADDED nodejs', 'ADDED ruby', 'MODIFIED ruby', 'DELETED nodejs']);
    watch.close();
  });

  it('resumes from a resourceVersion, with bookmarks when allowed', async () => {
    const rv = cluster.store.currentRv();
    cluster.createImageStream('demo', { metadata: { name: 'after' } });
    const watch = await openWatch(streamsUrl('demo', '', `watch=true&resourceVersion=${rv}&allowWatchBookmarks=true`));
    expect(names(await watch.take(1))).toEqual(['ADDED after']);
    clock.advance(15_000);
    expect(await watch.take(2)).toContainEqual({ type: 'BOOKMARK', object: { kind: 'ImageStream', apiVersion: 'image.openshift.io/v1', metadata: { resourceVersion: cluster.store.currentRv() } } });
    watch.close();
  });

  it('watches one object by field selector, across all namespaces', async () => {
    const watch = await openWatch(`${IMAGE_API}/imagestreams?watch=1&fieldSelector=${encodeURIComponent('metadata.name=ubi9')}`);
    expect(names(await watch.take(1))).toEqual(['ADDED ubi9']);
    cluster.rbac.readOnly.clear();
    cluster.patchImageStream('shared-images', 'postgresql', { metadata: { labels: { x: 'y' } } }, 'merge');
    cluster.patchImageStream('shared-images', 'ubi9', { metadata: { labels: { x: 'y' } } }, 'merge');
    expect(names(await watch.take(2))).toEqual(['ADDED ubi9', 'MODIFIED ubi9']);
    watch.close();
  });

  it('sends ERROR 410 and ends for a compacted resourceVersion', async () => {
    const old = cluster.store.currentRv();
    cluster.createImageStream('demo', { metadata: { name: 'newer' } });
    cluster.store.compact();
    const watch = await openWatch(streamsUrl('demo', '', `watch=1&resourceVersion=${old}`));
    expect(watch.response.status).toBe(200);
    const events = await watch.end();
    expect(events).toEqual([{ type: 'ERROR', object: expect.objectContaining({ kind: 'Status', code: 410, reason: 'Expired' }) }]);
  });

  it('ends the stream at timeoutSeconds', async () => {
    const watch = await openWatch(streamsUrl('samples', '', 'watch=1&timeoutSeconds=2'));
    await watch.take(2);
    clock.advance(2_000);
    expect(names(await watch.end())).toEqual(['ADDED nodejs', 'ADDED ruby']);
  });

  it('answers bad parameters with a plain Status, before streaming', async () => {
    const response = await fetch(streamsUrl('demo', '', 'watch=1&resourceVersion=abc'));
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
    const selector = await fetch(streamsUrl('demo', '', 'watch=1&fieldSelector=spec.x%3D1'));
    expect(selector.status).toBe(400);
  });

  it('streams Table rows when asked, column definitions only in the first', async () => {
    const watch = await openWatch(streamsUrl('samples', '', 'watch=1'), { Accept: 'application/json;as=Table;g=meta.k8s.io;v=v1' });
    const [first, second] = await watch.take(2);
    expect(first?.object).toMatchObject({ kind: 'Table', columnDefinitions: [{ name: 'Name' }, { name: 'Image Repository' }, { name: 'Tags' }, { name: 'Updated' }], rows: [{ cells: ['nodejs', expect.any(String), expect.any(String), expect.any(String)] }] });
    expect(second?.object).toMatchObject({ kind: 'Table', columnDefinitions: null, rows: [{ cells: ['ruby', expect.any(String), expect.any(String), expect.any(String)] }] });
    watch.close();
  });

  it('stops the cluster-side watch when the client goes away', async () => {
    const pending = clock.pending();
    const watch = await openWatch(streamsUrl('samples', '', 'watch=1&allowWatchBookmarks=1'));
    await watch.take(2);
    expect(clock.pending()).toBe(pending + 2);
    watch.close();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(clock.pending()).toBe(pending);
  });
});
