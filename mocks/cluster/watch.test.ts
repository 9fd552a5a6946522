import { describe, expect, it } from 'vitest';
import type { ImageStream } from './types';
import { captureWatch, statusOf, streamBody, testCluster } from './test-support';

describe('watch without a resourceVersion', () => {
  it.each([undefined, '', '0'])('starts with ADDED for every object in scope (resourceVersion %j)', (resourceVersion) => {
    const { cluster } = testCluster();
    const watch = captureWatch(cluster, { namespace: 'samples', resourceVersion });
    expect(watch.summary()).toEqual(['ADDED nodejs', 'ADDED ruby']);
    cluster.createImageStream('samples', streamBody('python'));
    cluster.createImageStream('demo', streamBody('elsewhere'));
    expect(watch.summary()).toEqual(['ADDED nodejs', 'ADDED ruby', 'ADDED python']);
  });

  it('covers every namespace when none is given', () => {
    const { cluster } = testCluster();
    expect(captureWatch(cluster, {}).events).toHaveLength(cluster.store.count());
  });
});

describe('watch from a resourceVersion', () => {
  it('replays what happened after it, in order, then goes on live', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('a'));
    const rv = cluster.store.currentRv();
    cluster.createImageStream('demo', streamBody('b'));
    cluster.patchImageStream('demo', 'a', { metadata: { labels: { x: 'y' } } }, 'merge');
    cluster.deleteImageStream('demo', 'b');
    const watch = captureWatch(cluster, { namespace: 'demo', resourceVersion: rv });
    expect(watch.summary()).toEqual(['ADDED b', 'MODIFIED a', 'DELETED b']);
    cluster.deleteImageStream('demo', 'a');
    expect(watch.summary().at(-1)).toBe('DELETED a');
    const rvs = watch.events.map((e) => (e.object as ImageStream).metadata.resourceVersion);
    expect(new Set(rvs).size).toBe(rvs.length);
  });

  it('replays only events of its namespace and selector', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    cluster.createImageStream('ci', streamBody('other'));
    cluster.createImageStream('demo', streamBody('unlabelled'));
    const rv = cluster.store.currentRv();
    cluster.deleteImageStream('ci', 'other');
    cluster.deleteImageStream('demo', 'unlabelled');
    cluster.createImageStream('demo', streamBody('mine', undefined, { metadata: { name: 'mine', labels: { app: 'x' } } }));
    expect(captureWatch(cluster, { namespace: 'demo', resourceVersion: rv, labelSelector: 'app=x' }).summary()).toEqual(['ADDED mine']);
    expect(captureWatch(cluster, { namespace: 'demo', resourceVersion: rv }).summary()).toEqual(['DELETED unlabelled', 'ADDED mine']);
  });

  it('410 Expired as an ERROR event when the resourceVersion was compacted', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const old = cluster.store.currentRv();
    cluster.createImageStream('demo', streamBody('a'));
    cluster.store.compact();
    const watch = captureWatch(cluster, { namespace: 'demo', resourceVersion: old });
    expect(watch.events).toEqual([
      {
        type: 'ERROR',
        object: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `too old resource version: ${old} (${cluster.store.currentRv()})`, reason: 'Expired', code: 410 },
      },
    ]);
    expect(watch.closed()).toBe(true);
    expect(captureWatch(cluster, { namespace: 'demo', resourceVersion: cluster.store.currentRv() }).events).toEqual([]);
  });

  it('410 once the bounded history no longer reaches back', () => {
    const { cluster } = testCluster({ seed: 'empty', config: { historyLimit: 3 } });
    const start = cluster.store.currentRv();
    for (const name of ['a', 'b', 'c']) cluster.createImageStream('demo', streamBody(name));
    expect(captureWatch(cluster, { resourceVersion: start }).summary()).toEqual(['ADDED a', 'ADDED b', 'ADDED c']);
    cluster.createImageStream('demo', streamBody('d'));
    expect(captureWatch(cluster, { resourceVersion: start }).events[0]?.type).toBe('ERROR');
  });

  it('treats every resourceVersion as too old when forced (fault switch)', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    expect(captureWatch(cluster, { resourceVersion: cluster.store.currentRv(), forceExpired: true }).events[0]).toMatchObject({ type: 'ERROR', object: { code: 410 } });
  });

  it('400 for a resourceVersion that is not one', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    expect(statusOf(() => captureWatch(cluster, { resourceVersion: 'abc' }))).toMatchObject({ code: 400, reason: 'BadRequest' });
  });
});

describe('selectors on watches', () => {
  it('turns "stops matching" into DELETED and "starts matching" into ADDED', () => {
    const { cluster } = testCluster();
    const watch = captureWatch(cluster, { namespace: 'demo', labelSelector: 'tier=frontend' });
    expect(watch.summary()).toEqual(['ADDED nginx', 'ADDED web-frontend']);
    cluster.patchImageStream('demo', 'nginx', { metadata: { labels: { tier: 'backend' } } }, 'merge');
    cluster.patchImageStream('demo', 'my-app', { metadata: { labels: { tier: 'frontend' } } }, 'merge');
    cluster.patchImageStream('demo', 'my-app', { metadata: { annotations: { note: 'x' } } }, 'merge');
    cluster.patchImageStream('demo', 'nginx', { metadata: { annotations: { note: 'x' } } }, 'merge');
    expect(watch.summary().slice(2)).toEqual(['DELETED nginx', 'ADDED my-app', 'MODIFIED my-app']);
    expect((watch.events[2]?.object as ImageStream).metadata.labels?.tier).toBe('backend');
  });

  it('watches one object with fieldSelector=metadata.name', () => {
    const { cluster } = testCluster();
    const watch = captureWatch(cluster, { namespace: 'demo', fieldSelector: 'metadata.name=nginx' });
    cluster.patchImageStream('demo', 'my-app', { metadata: { labels: { x: 'y' } } }, 'merge');
    cluster.patchImageStream('demo', 'nginx', { metadata: { labels: { x: 'y' } } }, 'merge');
    cluster.deleteImageStream('demo', 'nginx');
    expect(watch.summary()).toEqual(['ADDED nginx', 'MODIFIED nginx', 'DELETED nginx']);
  });

  it('rejects bad selectors before anything is sent', () => {
    const { cluster } = testCluster();
    expect(statusOf(() => captureWatch(cluster, { fieldSelector: 'spec.tags=x' }))).toMatchObject({ code: 400, message: 'field label not supported: spec.tags' });
  });
});

describe('bookmarks and timeouts', () => {
  it('sends BOOKMARKs with only the resourceVersion, on the interval, when asked', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    const plain = captureWatch(cluster, { namespace: 'demo' });
    const watch = captureWatch(cluster, { namespace: 'demo', allowWatchBookmarks: true });
    clock.advance(14_999);
    expect(watch.events).toEqual([]);
    clock.advance(1);
    expect(watch.events).toEqual([{ type: 'BOOKMARK', object: { kind: 'ImageStream', apiVersion: 'image.openshift.io/v1', metadata: { resourceVersion: cluster.store.currentRv() } } }]);
    cluster.createImageStream('demo', streamBody('a'));
    clock.advance(15_000);
    expect(watch.events.map((e) => e.type)).toEqual(['BOOKMARK', 'ADDED', 'BOOKMARK']);
    expect((watch.events[2]?.object as ImageStream).metadata.resourceVersion).toBe(cluster.store.currentRv());
    expect(plain.summary()).toEqual(['ADDED a']);
  });

  it('ends after timeoutSeconds', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    const watch = captureWatch(cluster, { namespace: 'demo', timeoutSeconds: 5 });
    clock.advance(4_999);
    expect(watch.closed()).toBe(false);
    clock.advance(1);
    expect(watch.closed()).toBe(true);
    cluster.createImageStream('demo', streamBody('late'));
    expect(watch.events).toEqual([]);
  });

  it('ends at the server cap even when the client asks for longer', () => {
    const { cluster, clock } = testCluster({ seed: 'empty', config: { watchTimeoutSeconds: 60 } });
    const watch = captureWatch(cluster, { namespace: 'demo', timeoutSeconds: 3600 });
    clock.advance(60_000);
    expect(watch.closed()).toBe(true);
    expect(clock.pending()).toBeGreaterThan(0);
  });

  it('stop() ends delivery and clears its timers', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    const pending = clock.pending();
    const watch = captureWatch(cluster, { namespace: 'demo', allowWatchBookmarks: true });
    expect(clock.pending()).toBe(pending + 2);
    watch.stop();
    expect(clock.pending()).toBe(pending);
    cluster.createImageStream('demo', streamBody('a'));
    expect(watch.events).toEqual([]);
  });
});
