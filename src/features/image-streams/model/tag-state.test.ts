import { describe, expect, it } from 'vitest';
import type { NamedTagEventList, TagReference } from '../api/schemas';
import { isImporting, observedGeneration, tagState } from './tag-state';
import { dockerTag, event } from './test-streams';

const failed = (generation: number, reason = 'Unauthorized'): NamedTagEventList['conditions'] => [
  { type: 'ImportSuccess', status: 'False', reason, message: 'you may not have access', generation, lastTransitionTime: '2026-11-01T10:00:00Z' },
];

describe('tagState', () => {
  const cases: [string, TagReference | undefined, NamedTagEventList | undefined, string][] = [
    ['status only: pushed', undefined, { tag: 'latest', items: [event('sha256:a', '2026-11-01T00:00:00Z')] }, 'pushed'],
    ['spec only, never seen: importing', dockerTag('latest', 2), undefined, 'importing'],
    ['items at the spec generation: imported', dockerTag('latest', 2), { tag: 'latest', items: [event('sha256:a', '2026-11-01T00:00:00Z', 2)] }, 'imported'],
    ['spec newer than items: importing', dockerTag('latest', 3), { tag: 'latest', items: [event('sha256:a', '2026-11-01T00:00:00Z', 2)] }, 'importing'],
    ['failure at the spec generation: failed', dockerTag('latest', 2), { tag: 'latest', items: null, conditions: failed(2) }, 'failed'],
    ['failure older than spec: importing again', dockerTag('latest', 3), { tag: 'latest', items: null, conditions: failed(2) }, 'importing'],
    ['failure with an older image kept: failed', dockerTag('latest', 2), { tag: 'latest', items: [event('sha256:a', '2026-11-01T00:00:00Z', 1)], conditions: failed(2) }, 'failed'],
    ['reference tag with its pull spec', dockerTag('latest', 5, { reference: true }), { tag: 'latest', items: [event('', '2026-11-01T00:00:00Z', 1)] }, 'reference'],
    ['reference tags are never importing', dockerTag('latest', 5, { reference: true }), undefined, 'not-imported'],
    ['no source (build output), nothing pushed', { name: 'latest', generation: 1 }, undefined, 'not-imported'],
    ['ImageStreamTag without an image yet', { name: 'latest', generation: 2, from: { kind: 'ImageStreamTag', name: 'other:1' } }, undefined, 'not-imported'],
    ['ImageStreamTag resolved', { name: 'latest', generation: 2, from: { kind: 'ImageStreamTag', name: '1.0' } }, { tag: 'latest', items: [event('sha256:b', '2026-11-01T00:00:00Z', 2)] }, 'imported'],
    ['null spec generation counts as 0', dockerTag('latest', null), undefined, 'not-imported'],
  ];
  it.each(cases)('%s', (_name, spec, status, expected) => {
    expect(tagState(spec, status).kind).toBe(expected);
  });

  it('carries the reason, message and time of a failure', () => {
    expect(tagState(dockerTag('latest', 2), { tag: 'latest', items: null, conditions: failed(2, 'NotFound') })).toEqual({
      kind: 'failed',
      reason: 'NotFound',
      message: 'you may not have access',
      since: '2026-11-01T10:00:00Z',
    });
  });
});

describe('observedGeneration and isImporting', () => {
  it.each([
    [undefined, -1],
    [{ tag: 't', items: [event('sha256:a', '2026-11-01T00:00:00Z', 4)] }, 4],
    [{ tag: 't', items: [event('sha256:a', '2026-11-01T00:00:00Z', 4)], conditions: failed(6) }, 6],
    [{ tag: 't', items: null, conditions: failed(3) }, 3],
  ] as [NamedTagEventList | undefined, number][])('observed generation of %j is %i', (status, expected) => {
    expect(observedGeneration(status)).toBe(expected);
  });

  it('is importing only for DockerImage sources that are not reference-only', () => {
    expect(isImporting(dockerTag('a', 2), undefined)).toBe(true);
    expect(isImporting({ name: 'a', generation: 2, from: { kind: 'ImageStreamImage', name: 'x@sha256:1' } }, undefined)).toBe(false);
    expect(isImporting(undefined, undefined)).toBe(false);
  });
});
