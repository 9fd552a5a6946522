import { describe, expect, it } from 'vitest';
import { addTagEvent, trackedTag, updateTrackingTags } from './tag-status';
import type { ImageStream, TagEvent } from './types';
import { dockerTag, specTag, statusTagOf, streamBody, testCluster } from './test-support';

const event = (image: string, generation = 1): TagEvent => ({ created: '2026-01-01T00:00:00Z', dockerImageReference: `quay.io/a/b@${image}`, image, generation });
const bare = (name = 'app', namespace = 'demo') => ({ kind: 'ImageStream', apiVersion: 'image.openshift.io/v1', metadata: { name, namespace }, spec: {} }) as ImageStream;

describe('history (AddTagEvent)', () => {
  it('prepends, newest first, and keeps status tags sorted', () => {
    const s = bare();
    expect(addTagEvent(s, 'z', event('sha256:1'))).toBe(true);
    expect(addTagEvent(s, 'z', event('sha256:2', 2))).toBe(true);
    addTagEvent(s, 'a', event('sha256:9'));
    expect(statusTagOf(s, 'z')?.items?.map((i) => i.image)).toEqual(['sha256:2', 'sha256:1']);
    expect(s.status?.tags?.map((t) => t.tag)).toEqual(['a', 'z']);
  });

  it('updates only the generation for the image the tag already has', () => {
    const s = bare();
    addTagEvent(s, 't', event('sha256:1', 1));
    expect(addTagEvent(s, 't', event('sha256:1', 4))).toBe(false);
    expect(statusTagOf(s, 't')?.items).toEqual([event('sha256:1', 4)]);
  });

  it('clears the tag’s conditions on success', () => {
    const s = bare();
    s.status = { tags: [{ tag: 't', items: null, conditions: [{ type: 'ImportSuccess', status: 'False', lastTransitionTime: '', generation: 1 }] }] };
    addTagEvent(s, 't', event('sha256:1', 2));
    expect(statusTagOf(s, 't')?.conditions).toBeUndefined();
  });
});

describe('tags that need no import get their image at once', () => {
  it('records a reference tag’s pull spec with an empty image, and never imports it', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    const created = cluster.createImageStream('demo', streamBody('ref', [dockerTag('up', 'ghcr.io/acme/tools:2.1', { reference: true })]));
    expect(statusTagOf(created, 'up')?.items).toEqual([{ created: '2026-11-02T09:00:00Z', dockerImageReference: 'ghcr.io/acme/tools:2.1', image: '', generation: 1 }]);
    const rv = cluster.store.currentRv();
    clock.advance(60 * 60 * 1000);
    expect(cluster.store.currentRv()).toBe(rv);
  });

  it('copies the current image of an ImageStreamTag in another stream (a copy, not tracking)', () => {
    const { cluster, clock } = testCluster();
    const source = statusTagOf(cluster.getImageStream('demo', 'web-frontend'), 'latest')?.items?.[0];
    const created = cluster.createImageStream('demo', streamBody('copy', [{ name: 'web', from: { kind: 'ImageStreamTag', name: 'web-frontend:latest' } }]));
    expect(statusTagOf(created, 'web')?.items).toEqual([{ created: '2026-11-02T09:00:00Z', dockerImageReference: source?.dockerImageReference, image: source?.image, generation: 1 }]);
    cluster.push('quay.io/acme/web-frontend:latest');
    clock.advance(15 * 60 * 1000);
    expect(statusTagOf(cluster.getImageStream('demo', 'web-frontend'), 'latest')?.items?.[0]?.image).not.toBe(source?.image);
    expect(statusTagOf(cluster.getImageStream('demo', 'copy'), 'web')?.items).toHaveLength(1);
  });

  it('copies a pinned ImageStreamImage from another namespace, by digest prefix', () => {
    const { cluster } = testCluster();
    const ubi = statusTagOf(cluster.getImageStream('shared-images', 'ubi9'), 'latest')?.items?.[3];
    const created = cluster.createImageStream('demo', streamBody('pin', [{ name: 'old', from: { kind: 'ImageStreamImage', name: `ubi9@${ubi?.image.slice(0, 19)}`, namespace: 'shared-images' } }]));
    expect(statusTagOf(created, 'old')?.items?.[0]).toMatchObject({ image: ubi?.image, dockerImageReference: ubi?.dockerImageReference });
  });
});

describe('tags tracking a tag of the same stream', () => {
  it('follows every new image of the tracked tag, through chains', () => {
    const { cluster, clock } = testCluster({ seed: 'empty' });
    cluster.createImageStream('demo', streamBody('app', [
      dockerTag('a', 'quay.io/acme/app:1'),
      { name: 'b', from: { kind: 'ImageStreamTag', name: 'a' } },
      { name: 'c', from: { kind: 'ImageStreamTag', name: 'app:b' } },
    ]));
    clock.advance(1200);
    let s = cluster.getImageStream('demo', 'app');
    const first = statusTagOf(s, 'a')?.items?.[0]?.image;
    expect(first).toMatch(/^sha256:/);
    expect(['b', 'c'].map((t) => statusTagOf(s, t)?.items?.map((i) => i.image))).toEqual([[first], [first]]);

    cluster.push('quay.io/acme/app:1');
    const a = specTag(s, 'a');
    if (a) a.generation = 0;
    cluster.updateImageStream('demo', 'app', s);
    clock.advance(1200);
    s = cluster.getImageStream('demo', 'app');
    const second = statusTagOf(s, 'a')?.items?.[0]?.image;
    expect(second).not.toBe(first);
    for (const t of ['a', 'b', 'c']) expect(statusTagOf(s, t)?.items?.map((i) => i.image)).toEqual([second, first]);
  });

  it('recognises only same-stream, same-namespace ImageStreamTag sources', () => {
    const s = bare('app', 'demo');
    expect(trackedTag(s, { name: 'x', from: { kind: 'ImageStreamTag', name: 'latest' } })).toBe('latest');
    expect(trackedTag(s, { name: 'x', from: { kind: 'ImageStreamTag', name: 'app:v1' } })).toBe('v1');
    expect(trackedTag(s, { name: 'x', from: { kind: 'ImageStreamTag', name: 'app:v1', namespace: 'demo' } })).toBe('v1');
    expect(trackedTag(s, { name: 'x', from: { kind: 'ImageStreamTag', name: 'other:v1' } })).toBeUndefined();
    expect(trackedTag(s, { name: 'x', from: { kind: 'ImageStreamTag', name: 'app:v1', namespace: 'ci' } })).toBeUndefined();
    expect(trackedTag(s, { name: 'x', from: { kind: 'ImageStreamImage', name: 'app@sha256:1' } })).toBeUndefined();
  });

  it('stops at a reference cycle', () => {
    const s = bare();
    s.spec.tags = [
      { name: 'a', from: { kind: 'ImageStreamTag', name: 'b' } },
      { name: 'b', from: { kind: 'ImageStreamTag', name: 'a' } },
    ];
    addTagEvent(s, 'a', event('sha256:1'));
    updateTrackingTags(s, 'a', 'now');
    expect(statusTagOf(s, 'b')?.items?.map((i) => i.image)).toEqual(['sha256:1']);
    expect(statusTagOf(s, 'a')?.items?.map((i) => i.image)).toEqual(['sha256:1']);
  });
});
