import { describe, expect, it } from 'vitest';
import { jsonPatch, mergePatch, strategicMergePatch } from './patch';
import { dockerTag, statusOf, statusTagOf, streamBody, testCluster } from './test-support';

function withStream() {
  const { cluster, clock } = testCluster({ seed: 'empty' });
  cluster.createImageStream('demo', streamBody('app', [dockerTag('a', 'quay.io/acme/app:a'), dockerTag('b', 'quay.io/acme/app:b')], { metadata: { name: 'app', labels: { team: 'x', 'app.kubernetes.io/name': 'app' } } }));
  clock.advance(1200);
  return { cluster, clock };
}

describe('merge patch (RFC 7386)', () => {
  it('replaces spec.tags whole: tags left out are gone, with their status', () => {
    const { cluster } = withStream();
    const patched = cluster.patchImageStream('demo', 'app', { spec: { tags: [dockerTag('c', 'quay.io/acme/app:c')] } }, 'merge');
    expect(patched.spec.tags?.map((t) => t.name)).toEqual(['c']);
    expect(patched.status?.tags?.map((t) => t.tag)).toEqual([]);
    expect(patched.metadata.generation).toBe(2);
  });

  it('deletes keys set to null and keeps the rest', () => {
    const { cluster } = withStream();
    const patched = cluster.patchImageStream('demo', 'app', { metadata: { labels: { team: null, tier: 'web' } } }, 'merge');
    expect(patched.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'app', tier: 'web' });
    expect(patched.spec.tags?.map((t) => t.name)).toEqual(['a', 'b']);
  });

  it('needs no resourceVersion, but a stale one in the patch is a precondition (409)', () => {
    const { cluster } = withStream();
    expect(statusOf(() => cluster.patchImageStream('demo', 'app', { metadata: { resourceVersion: '1', labels: { x: 'y' } } }, 'merge'))).toMatchObject({ code: 409, reason: 'Conflict' });
  });

  it('404 for a missing stream; 422 when the result is invalid', () => {
    const { cluster } = withStream();
    expect(statusOf(() => cluster.patchImageStream('demo', 'nope', {}, 'merge')).code).toBe(404);
    const status = statusOf(() => cluster.patchImageStream('demo', 'app', { spec: { tags: [{ name: 'x', from: { kind: 'DockerImage', name: 'Bad Ref' } }] } }, 'merge'));
    expect(status.details?.causes?.[0]?.field).toBe('spec.tags[x].from.name');
  });

  it.each([
    [{ a: 1 }, { a: null }, {}],
    [{ a: { b: 1, c: 2 } }, { a: { b: 3 } }, { a: { b: 3, c: 2 } }],
    [{ a: [1, 2] }, { a: [3] }, { a: [3] }],
    [{ a: 1 }, 'x', 'x'],
    ['x', { a: 1 }, { a: 1 }],
  ])('merge(%j, %j) = %j', (target, patch, expected) => {
    expect(mergePatch(target, patch)).toEqual(expected);
  });
});

describe('JSON patch (RFC 6902)', () => {
  it('adds, replaces and removes tags by index', () => {
    const { cluster } = withStream();
    const patched = cluster.patchImageStream('demo', 'app', [
      { op: 'add', path: '/spec/tags/-', value: dockerTag('c', 'quay.io/acme/app:c') },
      { op: 'replace', path: '/spec/tags/0/from/name', value: 'quay.io/acme/app:a2' },
      { op: 'remove', path: '/spec/tags/1' },
    ], 'json');
    expect(patched.spec.tags?.map((t) => `${t.name}=${t.from?.name}@${t.generation}`)).toEqual(['a=quay.io/acme/app:a2@2', 'c=quay.io/acme/app:c@2']);
  });

  it('escapes ~1 and ~0 in pointers (label keys with a slash)', () => {
    const { cluster } = withStream();
    const patched = cluster.patchImageStream('demo', 'app', [{ op: 'replace', path: '/metadata/labels/app.kubernetes.io~1name', value: 'other' }], 'json');
    expect(patched.metadata.labels?.['app.kubernetes.io/name']).toBe('other');
  });

  it('applies nothing when a test fails (422)', () => {
    const { cluster } = withStream();
    const rv = cluster.store.currentRv();
    const status = statusOf(() =>
      cluster.patchImageStream('demo', 'app', [
        { op: 'add', path: '/metadata/labels/x', value: 'y' },
        { op: 'test', path: '/spec/tags/0/name', value: 'b' },
      ], 'json'),
    );
    expect(status).toMatchObject({ code: 422, reason: 'Invalid', message: 'testing value /spec/tags/0/name failed' });
    expect(cluster.store.currentRv()).toBe(rv);
  });

  it.each([
    [[{ op: 'remove', path: '/spec/nothing' }], 422, 'remove operation does not apply: doc is missing path: "/spec/nothing"'],
    [[{ op: 'replace', path: '/spec/tags/9/name', value: 'x' }], 422, 'doc is missing path: "/spec/tags/9/name"'],
    [[{ op: 'add', path: '/spec/tags/7', value: {} }], 422, 'add operation does not apply: index out of range'],
    [[{ op: 'add', path: '/a/b/c', value: 1 }], 422, 'doc is missing path: "/a/b/c"'],
    [[{ op: 'add', path: 'spec', value: 1 }], 400, 'invalid JSON pointer "spec"'],
    [[{ op: 'frobnicate', path: '/spec' }], 400, 'Unexpected kind: frobnicate'],
    [{ op: 'add', path: '/spec', value: {} }, 400, 'json patch must be an array of operations'],
  ])('%j → %i', (ops, code, message) => {
    const { cluster } = withStream();
    const status = statusOf(() => cluster.patchImageStream('demo', 'app', ops, 'json'));
    expect(status.code).toBe(code);
    expect(status.message).toContain(message);
  });

  it('moves and copies', () => {
    const doc = { a: { x: 1 }, b: [1, 2] };
    expect(jsonPatch(doc, [{ op: 'move', from: '/a/x', path: '/b/0' }])).toEqual({ a: {}, b: [1, 1, 2] });
    expect(jsonPatch(doc, [{ op: 'copy', from: '/b', path: '/c' }])).toEqual({ a: { x: 1 }, b: [1, 2], c: [1, 2] });
    expect(doc).toEqual({ a: { x: 1 }, b: [1, 2] });
  });
});

describe('strategic merge patch (spec.tags merged by name)', () => {
  it('changes one tag and keeps the others', () => {
    const { cluster } = withStream();
    const patched = cluster.patchImageStream('demo', 'app', { spec: { tags: [{ name: 'b', annotations: { note: 'hi' } }, dockerTag('c', 'quay.io/acme/app:c')] } }, 'strategic');
    expect(patched.spec.tags?.map((t) => t.name)).toEqual(['a', 'b', 'c']);
    expect(patched.spec.tags?.[1]).toMatchObject({ name: 'b', annotations: { note: 'hi' }, from: { kind: 'DockerImage', name: 'quay.io/acme/app:b' }, generation: 1 });
    expect(patched.spec.tags?.[2]?.generation).toBe(2);
  });

  it('removes a tag with $patch: delete, and its status', () => {
    const { cluster } = withStream();
    const patched = cluster.patchImageStream('demo', 'app', { spec: { tags: [{ name: 'a', $patch: 'delete' }] } }, 'strategic');
    expect(patched.spec.tags?.map((t) => t.name)).toEqual(['b']);
    expect(statusTagOf(patched, 'a')).toBeUndefined();
    expect(statusTagOf(patched, 'b')?.items).toHaveLength(1);
  });

  it('merges everything else like a merge patch', () => {
    expect(strategicMergePatch({ metadata: { labels: { a: '1', b: '2' } }, spec: {} }, { metadata: { labels: { a: null } } })).toEqual({ metadata: { labels: { b: '2' } }, spec: {} });
  });
});
