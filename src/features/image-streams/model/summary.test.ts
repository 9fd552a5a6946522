import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';
import { failingTags, lastUpdated, uniqueImages } from './summary';
import { tagSource } from './tag-source';
import { event, stream } from './test-streams';

describe('stream summary', () => {
  const s = stream([], [
    { tag: 'a', items: [event('sha256:2', '2026-11-03T00:00:00Z'), event('sha256:1', '2026-11-01T00:00:00Z')] },
    { tag: 'b', items: [event('sha256:2', '2026-11-04T00:00:00Z')] },
    { tag: 'c', items: null, conditions: [{ type: 'ImportSuccess', status: 'False', generation: 1 }] },
    { tag: 'ref', items: [event('', '2026-11-05T00:00:00Z')] },
  ]);
  it('counts distinct images, ignoring reference items without one', () => {
    expect(uniqueImages(s)).toBe(2);
  });
  it('finds the newest current image', () => {
    expect(lastUpdated(s)).toBe('2026-11-05T00:00:00Z');
    expect(lastUpdated(stream([], []))).toBeUndefined();
  });
  it('lists failing tags', () => {
    expect(failingTags(s)).toEqual(['c']);
  });
});

describe('relativeTime', () => {
  const now = Date.parse('2026-11-10T12:00:00Z');
  it.each([
    ['2026-11-10T11:59:55Z', 'just now'],
    ['2026-11-10T11:59:30Z', '30 seconds ago'],
    ['2026-11-10T11:00:00Z', '1 hour ago'],
    ['2026-11-08T12:00:00Z', '2 days ago'],
    ['2025-11-10T12:00:00Z', 'last year'],
    ['not a date', ''],
  ])('%s is %s', (iso, expected) => {
    expect(relativeTime(iso, now)).toBe(expected);
  });
});

describe('tagSource', () => {
  const s = stream([], []);
  it.each([
    [{ kind: 'DockerImage', name: 'nginx:1' }, undefined],
    [{ kind: 'ImageStreamTag', name: '3.11' }, { namespace: 'demo', stream: 'app', tag: '3.11' }],
    [{ kind: 'ImageStreamTag', name: 'python:3.11', namespace: 'openshift' }, { namespace: 'openshift', stream: 'python', tag: '3.11' }],
    [{ kind: 'ImageStreamImage', name: 'web@sha256:abc' }, { namespace: 'demo', stream: 'web', image: 'sha256:abc' }],
  ])('%j links to %j', (from, link) => {
    expect(tagSource(s, { name: 't', from })?.link).toEqual(link);
  });
  it('has no source without from', () => {
    expect(tagSource(s, { name: 't' })).toBeUndefined();
  });
});
