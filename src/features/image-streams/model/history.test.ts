import { describe, expect, it } from 'vitest';
import { describeChange, mergedTimeline, sourceRepository, tagHistory } from './history';
import { event, stream } from './test-streams';

describe('sourceRepository', () => {
  it.each([
    ['quay.io/acme/app@sha256:abc', 'quay.io/acme/app'],
    ['quay.io/acme/app:1.0', 'quay.io/acme/app'],
    ['registry.local:5000/app:1.0', 'registry.local:5000/app'],
    ['registry.local:5000/app', 'registry.local:5000/app'],
    ['nginx', 'nginx'],
  ])('%s comes from %s', (spec, repo) => {
    expect(sourceRepository(spec)).toBe(repo);
  });
});

describe('tagHistory', () => {
  it('marks the current item and says what changed against the older one', () => {
    const items = [
      event('sha256:c', '2026-11-03T00:00:00Z', 3, 'quay.io/acme/app'),
      event('sha256:b', '2026-11-02T00:00:00Z', 2, 'docker.io/acme/app'),
      event('sha256:b', '2026-11-01T00:00:00Z', 1, 'docker.io/acme/app'),
    ];
    const history = tagHistory('latest', items);
    expect(history.map((h) => [h.index, h.isCurrent, h.change])).toEqual([
      [0, true, { digestFrom: 'sha256:b', sourceFrom: 'docker.io/acme/app' }],
      [1, false, {}],
      [2, false, undefined],
    ]);
  });

  it('handles null items', () => {
    expect(tagHistory('x', null)).toEqual([]);
  });

  it('describes a digest-only change', () => {
    expect(describeChange(event('sha256:2', '2026-11-02T00:00:00Z'), event('sha256:1', '2026-11-01T00:00:00Z'))).toEqual({ digestFrom: 'sha256:1' });
  });
});

describe('mergedTimeline', () => {
  it('merges every tag newest first, keeping tag order on ties', () => {
    const s = stream([], [
      { tag: 'a', items: [event('sha256:a2', '2026-11-03T00:00:00Z'), event('sha256:a1', '2026-11-01T00:00:00Z')] },
      { tag: 'b', items: [event('sha256:b1', '2026-11-03T00:00:00Z'), event('sha256:b0', '2026-11-02T00:00:00Z')] },
    ]);
    expect(mergedTimeline(s).map((e) => `${e.tag}:${e.event.image}:${e.isCurrent}`)).toEqual([
      'a:sha256:a2:true',
      'b:sha256:b1:true',
      'b:sha256:b0:false',
      'a:sha256:a1:false',
    ]);
  });
});
