import { describe, expect, it } from 'vitest';
import type { TagReference } from './types';
import { dockerTag, readOnlySample, statusOf, streamBody, testCluster } from './test-support';

const SOURCE_KINDS = "Required value: valid values are 'DockerImage', 'ImageStreamImage', 'ImageStreamTag'";

function createFails(body: unknown, namespace = 'demo') {
  const { cluster } = testCluster({ seed: 'empty' });
  return statusOf(() => cluster.createImageStream(namespace, body));
}

describe('stream metadata', () => {
  it('answers a bad name with the exact Status the API server sends', () => {
    expect(createFails(streamBody('Bad_Name'))).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'ImageStream.image.openshift.io "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": must match "[a-z0-9]+(?:[._-][a-z0-9]+)*"',
      reason: 'Invalid',
      details: {
        name: 'Bad_Name',
        group: 'image.openshift.io',
        kind: 'ImageStream',
        causes: [{ reason: 'FieldValueInvalid', message: 'Invalid value: "Bad_Name": must match "[a-z0-9]+(?:[._-][a-z0-9]+)*"', field: 'metadata.name' }],
      },
      code: 422,
    });
  });

  it('requires a name', () => {
    const status = createFails({ metadata: {}, spec: {} });
    expect(status.details?.causes).toEqual([{ reason: 'FieldValueRequired', message: 'Required value: name or generateName is required', field: 'metadata.name' }]);
  });

  it('rejects bad label keys and values at metadata.labels', () => {
    const status = createFails(streamBody('x', undefined, { metadata: { name: 'x', labels: { 'a/b/c': 'ok', good: '-bad' } } }));
    expect(status.details?.causes?.map((c) => [c.field, c.reason])).toEqual([
      ['metadata.labels', 'FieldValueInvalid'],
      ['metadata.labels', 'FieldValueInvalid'],
    ]);
  });

  it('counts annotation size in UTF-8 bytes, as Go does, up to 256 KiB', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    // 'é' is one UTF-16 unit but two bytes: 1 + 131071 * 2 = 262143 bytes fits, one more 'é' does not.
    const fits = { a: 'é'.repeat(131071) };
    expect(cluster.createImageStream('demo', streamBody('fits', undefined, { metadata: { name: 'fits', annotations: fits } }), { dryRun: true }).metadata.name).toBe('fits');
    const status = createFails(streamBody('x', undefined, { metadata: { name: 'x', annotations: { a: 'é'.repeat(131072) } } }));
    expect(status.details?.causes).toEqual([{ reason: 'FieldValueTooLong', message: 'Too long: must have at most 262144 bytes', field: 'metadata.annotations' }]);
  });

  it('checks annotation keys lower-cased, and label keys and values as they are', () => {
    const ok = { metadata: { name: 'x', labels: { 'app.kubernetes.io/name': 'web', empty: '' }, annotations: { 'Example.COM/Note': 'any text at all' } } };
    const { cluster } = testCluster({ seed: 'empty' });
    expect(() => cluster.createImageStream('demo', streamBody('x', undefined, ok), { dryRun: true })).not.toThrow();
    const bad = { metadata: { name: 'x', labels: { 'Example.com/x': 'v', k: 'x'.repeat(64) }, annotations: { 'a/b/c': '' } } };
    expect(createFails(streamBody('x', undefined, bad)).details?.causes?.map((c) => c.field)).toEqual(['metadata.labels', 'metadata.labels', 'metadata.annotations']);
  });

  it.each([
    ['quay.io/a/b:v1', 'the repository name may not contain a tag'],
    [`quay.io/a/b@sha256:${'0'.repeat(64)}`, 'the repository name may not contain an ID'],
    ['Not A Repo', 'invalid reference format'],
  ])('spec.dockerImageRepository %s: %s', (repo, detail) => {
    const status = createFails(streamBody('x', undefined, { spec: { dockerImageRepository: repo } }));
    expect(status.details?.causes).toEqual([{ reason: 'FieldValueInvalid', field: 'spec.dockerImageRepository', message: `Invalid value: ${JSON.stringify(repo)}: ${detail}` }]);
  });

  it('lists several causes in brackets', () => {
    const status = createFails(streamBody('x', [{ name: 'a', from: { kind: 'Git', name: '' } }]));
    expect(status.message).toBe(
      `ImageStream.image.openshift.io "x" is invalid: [spec.tags[a].from.name: Required value, spec.tags[a].from.kind: ${SOURCE_KINDS}]`,
    );
  });
});

describe('spec tags (field paths by tag name)', () => {
  const cases: [string, TagReference, { reason: string; field: string; message: string }][] = [
    ['unknown kind', { name: 'latest', from: { kind: 'Docker', name: 'nginx' } }, { reason: 'FieldValueRequired', field: 'spec.tags[latest].from.kind', message: SOURCE_KINDS }],
    ['missing kind', { name: 'latest', from: { name: 'nginx' } }, { reason: 'FieldValueRequired', field: 'spec.tags[latest].from.kind', message: SOURCE_KINDS }],
    ['empty from.name', dockerTag('latest', ''), { reason: 'FieldValueRequired', field: 'spec.tags[latest].from.name', message: 'Required value' }],
    ['unparsable pull spec', dockerTag('v1', 'Not A Ref'), { reason: 'FieldValueInvalid', field: 'spec.tags[v1].from.name', message: 'Invalid value: "Not A Ref": invalid reference format' }],
    [
      'scheduled ImageStreamTag',
      { name: 'latest', from: { kind: 'ImageStreamTag', name: 'other:1' }, importPolicy: { scheduled: true } },
      { reason: 'FieldValueInvalid', field: 'spec.tags[latest].importPolicy.scheduled', message: 'Invalid value: true: only tags pointing to Docker repositories may be scheduled for background import' },
    ],
    [
      'scheduled ImageStreamImage',
      { name: 'pin', from: { kind: 'ImageStreamImage', name: 'other@sha256:abc' }, importPolicy: { scheduled: true } },
      { reason: 'FieldValueInvalid', field: 'spec.tags[pin].importPolicy.scheduled', message: 'Invalid value: true: only tags pointing to Docker repositories may be scheduled for background import' },
    ],
    ['reference policy', dockerTag('latest', 'nginx', { referencePolicy: { type: 'Remote' } }), { reason: 'FieldValueInvalid', field: 'spec.tags[latest].referencePolicy.type', message: 'Invalid value: "Remote": valid values are "Source", "Local"' }],
    ['import mode', dockerTag('latest', 'nginx', { importPolicy: { importMode: 'Fast' } }), { reason: 'FieldValueInvalid', field: 'spec.tags[latest].importPolicy.importMode', message: 'Invalid value: "Fast": valid values are "", "Legacy", "PreserveOriginal"' }],
  ];

  it.each(cases)('%s', (_label, tag, cause) => {
    const status = createFails(streamBody('x', [tag]));
    expect(status.code).toBe(422);
    expect(status.reason).toBe('Invalid');
    expect(status.details?.causes).toEqual([cause]);
  });

  it.each([
    ['', 'Legacy'],
    ['Legacy', 'Legacy'],
    ['PreserveOriginal', 'PreserveOriginal'],
  ])('accepts importMode %j (stored as %s)', (mode, stored) => {
    const { cluster } = testCluster({ seed: 'empty' });
    const created = cluster.createImageStream('demo', streamBody('x', [dockerTag('t', 'nginx', { importPolicy: { importMode: mode } })]));
    expect(created.spec.tags?.[0]?.importPolicy?.importMode).toBe(stored);
  });

  it('does not check tag names (the form must)', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    const created = cluster.createImageStream('demo', streamBody('x', [dockerTag('Weird Name!', 'nginx'), { name: '' }]));
    expect(created.spec.tags?.map((t) => t.name)).toEqual(['', 'Weird Name!']);
  });
});

describe('tag references (one InternalError cause, the path inside the message)', () => {
  const cases: [string, TagReference, string][] = [
    ['missing stream', { name: 'base', from: { kind: 'ImageStreamTag', name: 'nowhere:1' } }, 'spec.tags[base].from.name: Not found: "demo/nowhere": imagestreams.image.openshift.io "nowhere" not found'],
    ['malformed istag', { name: 'base', from: { kind: 'ImageStreamTag', name: 'a:b:c' } }, 'spec.tags[base].from.name: Invalid value: "a:b:c": must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>'],
    ['malformed isimage', { name: 'base', from: { kind: 'ImageStreamImage', name: 'a@b@c' } }, 'spec.tags[base].from.name: Invalid value: "a@b@c": must be of the form'],
    ['prefix matching several images', { name: 'base', from: { kind: 'ImageStreamImage', name: 'web-frontend@sha256:' } }, 'spec.tags[base].from.name: Invalid value: "web-frontend@sha256:": multiple images match the prefix "sha256:": sha256:'],
    ['digest not in the stream', { name: 'base', from: { kind: 'ImageStreamImage', name: 'web-frontend@sha256:0000' } }, 'spec.tags[base].from.name: Not found: "web-frontend@sha256:0000": imagestreamimages.image.openshift.io "web-frontend@sha256:0000" not found'],
  ];

  it.each(cases)('%s', (_label, tag, inner) => {
    const cluster = readOnlySample();
    const status = statusOf(() => cluster.createImageStream('demo', streamBody('x', [tag])));
    expect(status.code).toBe(422);
    expect(status.details?.causes).toHaveLength(1);
    const cause = status.details?.causes?.[0];
    expect(cause?.reason).toBe('InternalError');
    expect(cause?.field).toBe('');
    expect(cause?.message).toMatch(/^Internal error occurred: ImageStream\.image\.openshift\.io "x" is invalid: /);
    expect(cause?.message).toContain(inner);
  });

  it('forbids pulling from a namespace the user may not read', () => {
    const { cluster } = testCluster();
    cluster.rbac.forbidden.add('ci');
    const status = statusOf(() => cluster.createImageStream('demo', streamBody('x', [{ name: 't', from: { kind: 'ImageStreamTag', name: 'pipeline:root', namespace: 'ci' } }])));
    expect(status.details?.causes?.[0]?.message).toContain('spec.tags[t].from: Forbidden: "ci/pipeline:root": you may not pull images from namespace "ci"');
  });

  it('allows a reference to a tag that has no image yet, without a status event', () => {
    const { cluster } = testCluster();
    const created = cluster.createImageStream('demo', streamBody('x', [{ name: 't', from: { kind: 'ImageStreamTag', name: 'broken-imports:gone' } }]));
    expect(created.status?.tags ?? []).toEqual([]);
  });
});

describe('request body', () => {
  it.each([
    [{ kind: 'Deployment', metadata: { name: 'x' } }, 'do not match the request'],
    [{ apiVersion: 'v1', metadata: { name: 'x' } }, 'does not match the expected API version'],
    [{ metadata: { name: 'x', namespace: 'ci' } }, 'the namespace of the provided object does not match the namespace sent on the request'],
    [[1, 2], 'the body of the request was in an unknown format'],
  ])('400 for %j', (body, message) => {
    const status = createFails(body);
    expect(status.code).toBe(400);
    expect(status.reason).toBe('BadRequest');
    expect(status.message).toContain(message);
  });

  it('404 for a namespace that does not exist', () => {
    const status = createFails(streamBody('x'), 'nope');
    expect(status).toMatchObject({ code: 404, reason: 'NotFound', message: 'namespaces "nope" not found' });
  });
});
