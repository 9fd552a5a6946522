import { describe, expect, it } from 'vitest';
import { toListRow } from './list-rows';
import { dockerTag, event, stream } from './test-streams';

describe('toListRow', () => {
  const failed = { type: 'ImportSuccess', status: 'False', reason: 'NotFound', generation: 2 };
  const s = stream(
    [dockerTag('latest'), dockerTag('broken', 2), dockerTag('new', 1)],
    [
      { tag: 'latest', items: [event('sha256:1', '2026-01-02T00:00:00Z')] },
      { tag: 'broken', items: [event('sha256:0', '2026-01-01T00:00:00Z')], conditions: [failed] },
      { tag: 'pushed', items: [event('sha256:2', '2026-01-03T00:00:00Z')] },
    ],
    { metadata: { name: 'app', namespace: 'demo', uid: 'u1', labels: { tier: 'frontend' } } },
  );

  it('summarises a stream for the list', () => {
    expect(toListRow(s)).toEqual({
      key: 'u1',
      name: 'app',
      searchName: 'app',
      namespace: 'demo',
      labels: { tier: 'frontend' },
      tags: [
        { name: 'broken', state: 'failed' },
        { name: 'latest', state: 'imported' },
        { name: 'new', state: 'importing' },
        { name: 'pushed', state: 'pushed' },
      ],
      repository: 'image-registry.openshift-image-registry.svc:5000/demo/app',
      lookupLocal: false,
      updated: '2026-01-03T00:00:00Z',
      failing: ['broken'],
    });
  });

  it('reuses the row of an unchanged stream object', () => {
    expect(toListRow(s)).toBe(toListRow(s));
    expect(toListRow(structuredClone(s))).not.toBe(toListRow(s));
  });

  it('keys streams without a uid by namespace and name', () => {
    expect(toListRow(stream([], [])).key).toBe('demo/app');
  });
});
