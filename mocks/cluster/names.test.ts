import { describe, expect, it } from 'vitest';
import {
  formatImageReference,
  labelValueProblems,
  parseImageReference,
  parseStreamImage,
  parseStreamTag,
  qualifiedNameProblems,
  streamNameProblems,
} from './names';

const DIGEST = `sha256:${'ab12'.repeat(16)}`;

describe('stream names (ValidateImageStreamName)', () => {
  it.each(['my-app', 'a', 'ruby.2_7', '3.11', 'web-frontend', 'a.b-c_d'])('accepts %s', (name) => {
    expect(streamNameProblems('demo', name)).toEqual([]);
  });

  it.each([
    ['My-App', 'must match "[a-z0-9]+(?:[._-][a-z0-9]+)*"'],
    ['a--b', 'must match'],
    ['-a', 'must match'],
    ['a-', 'must match'],
    ['a b', 'must match'],
    ['', 'must match'],
    ['.', "may not be '.'"],
    ['..', "may not be '..'"],
    ['a/b', "may not contain '/'"],
    ['a%b', "may not contain '%'"],
  ])('rejects %j: %s', (name, problem) => {
    expect(streamNameProblems('demo', name).join('; ')).toContain(problem);
  });

  it('limits namespace/name to 255 characters (63 + 1 + 191 fits, 192 does not)', () => {
    const ns = 'n'.repeat(63);
    expect(streamNameProblems(ns, 'a'.repeat(191))).toEqual([]);
    expect(streamNameProblems(ns, 'a'.repeat(192))).toEqual(["'namespace/name' cannot be longer than 255 characters"]);
  });
});

describe('image references (distribution/reference)', () => {
  it.each([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx', tag: undefined, digest: undefined }],
    ['nginx:1.25', { registry: 'docker.io', repository: 'library/nginx', tag: '1.25', digest: undefined }],
    ['acme/app', { registry: 'docker.io', repository: 'acme/app', tag: undefined, digest: undefined }],
    ['quay.io/acme/app:v1', { registry: 'quay.io', repository: 'acme/app', tag: 'v1', digest: undefined }],
    ['localhost/app', { registry: 'localhost', repository: 'app', tag: undefined, digest: undefined }],
    ['localhost:5000/team/app:1.0', { registry: 'localhost:5000', repository: 'team/app', tag: '1.0', digest: undefined }],
    ['quay.io:443/a/b', { registry: 'quay.io:443', repository: 'a/b', tag: undefined, digest: undefined }],
    [`quay.io/a/b@${DIGEST}`, { registry: 'quay.io', repository: 'a/b', tag: undefined, digest: DIGEST }],
    [`quay.io/a/b:v2@${DIGEST}`, { registry: 'quay.io', repository: 'a/b', tag: 'v2', digest: DIGEST }],
    ['my_app__x/a-b--c:T_1.x-y', { registry: 'docker.io', repository: 'my_app__x/a-b--c', tag: 'T_1.x-y', digest: undefined }],
  ])('parses %s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  it.each([
    '',
    ' nginx',
    'nginx ',
    'Nginx',
    'acme/App',
    'nginx:',
    'nginx:-bad',
    `nginx:${'t'.repeat(129)}`,
    'quay.io/a/b@sha256:short',
    // go-digest: a known algorithm with its exact lowercase hex length.
    `quay.io/a/b@sha256:${'a'.repeat(32)}`,
    `quay.io/a/b@sha256:${'A'.repeat(64)}`,
    `quay.io/a/b@md5:${'a'.repeat(32)}`,
    `quay.io/a/b@sha512:${'a'.repeat(64)}`,
    'quay.io/a/b@',
    'a//b',
    'a/-b',
    'a/b_',
    'my___app',
    '-bad.host/a',
    'Not A Ref',
  ])('rejects %j', (text) => {
    expect(parseImageReference(text)).toBeUndefined();
  });

  it('accepts sha384 and sha512 digests', () => {
    expect(parseImageReference(`a@sha384:${'b'.repeat(96)}`)?.digest).toBe(`sha384:${'b'.repeat(96)}`);
    expect(parseImageReference(`a@sha512:${'c'.repeat(128)}`)?.digest).toBe(`sha512:${'c'.repeat(128)}`);
  });

  it('accepts a 128-character tag', () => {
    expect(parseImageReference(`nginx:${'t'.repeat(128)}`)?.tag).toHaveLength(128);
  });

  it('formats with latest by default and prefers the digest', () => {
    expect(formatImageReference({ registry: 'docker.io', repository: 'library/nginx' })).toBe('docker.io/library/nginx:latest');
    expect(formatImageReference({ registry: 'quay.io', repository: 'a/b', tag: 'v1', digest: DIGEST })).toBe(`quay.io/a/b@${DIGEST}`);
  });
});

describe('ImageStreamTag and ImageStreamImage names', () => {
  it.each([
    ['latest', { tag: 'latest' }],
    ['python-app:3.11', { stream: 'python-app', tag: '3.11' }],
    ['a:b:c', undefined],
    ['is@sha256:abc', undefined],
    [':latest', undefined],
    ['is:', undefined],
    ['', undefined],
  ])('istag %j', (name, expected) => {
    expect(parseStreamTag(name)).toEqual(expected);
  });

  it.each([
    ['web@sha256:abc', { stream: 'web', id: 'sha256:abc' }],
    ['sha256:abc', { id: 'sha256:abc' }],
    ['abc123', { id: 'abc123' }],
    ['a@b@c', undefined],
    ['web@', undefined],
    ['@sha256:abc', undefined],
    ['web:latest', undefined],
  ])('isimage %j', (name, expected) => {
    expect(parseStreamImage(name)).toEqual(expected);
  });
});

describe('label keys and values (apimachinery)', () => {
  it.each(['app', 'app.kubernetes.io/name', 'a_b.c-d', 'example.com/x'])('key %s is a qualified name', (key) => {
    expect(qualifiedNameProblems(key)).toEqual([]);
  });

  it.each([
    ['a/b/c', 'a qualified name must consist of'],
    ['/x', 'prefix part must be non-empty'],
    ['x/', 'name part must be non-empty'],
    ['Bad_Prefix.com/x', 'prefix part a lowercase RFC 1123 subdomain'],
    ['-x', 'name part must consist of alphanumeric characters'],
    ['x'.repeat(64), 'name part must be no more than 63 characters'],
  ])('key %j: %s', (key, problem) => {
    expect(qualifiedNameProblems(key).join('; ')).toContain(problem);
  });

  it.each([
    ['', true],
    ['v1.0', true],
    ['A_b-c', true],
    ['-x', false],
    ['x-', false],
    ['a b', false],
    ['v'.repeat(63), true],
    ['v'.repeat(64), false],
  ])('value %j valid=%s', (value, valid) => {
    expect(labelValueProblems(value).length === 0).toBe(valid);
  });
});
