import { describe, expect, it } from 'vitest';
import {
  dockerImageProblem,
  parseImageReference,
  splitSource,
  streamImageProblem,
  streamNameProblem,
  streamTagProblem,
  tagNameProblem,
} from './image-names';

const ok = undefined;
const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
const allowed = "use lowercase letters, digits, and '.', '_' or '-' between them";

describe('streamNameProblem', () => {
  it.each([
    ['my-app', ok],
    ['python.3_11-x', ok],
    ['a', ok],
    ['4.5', ok],
    ['', 'Enter a name'],
    ['My-App', `No capital letters: ${allowed}`],
    ['my app', `a space is not allowed: ${allowed}`],
    ['my/app', `'/' is not allowed: ${allowed}`],
    ['50%', `'%' is not allowed: ${allowed}`],
    ['.', 'Start and end with a lowercase letter or digit'],
    ['..', 'Start and end with a lowercase letter or digit'],
    ['-app', 'Start and end with a lowercase letter or digit'],
    ['app.', 'Start and end with a lowercase letter or digit'],
    ['my--app', "Put a letter or digit between '.', '_' or '-' (no two in a row)"],
    ['my._app', "Put a letter or digit between '.', '_' or '-' (no two in a row)"],
  ])('%j -> %j', (input, expected) => expect(streamNameProblem(input)).toBe(expected));
});

describe('tagNameProblem', () => {
  it.each([
    ['latest', ok],
    ['3.11', ok],
    ['_x', ok],
    ['V1.0-rc_1', ok],
    ['x'.repeat(128), ok],
    ['', 'Enter a tag name'],
    ['a:b', "A tag name can't contain ':' (it separates a stream from its tag)"],
    ['a@b', "A tag name can't contain '@' (it starts an image digest)"],
    ['a/b', "A tag name can't contain '/'"],
    ['x'.repeat(129), 'A tag name can be at most 128 characters (this one has 129)'],
    ['.hidden', "Start with a letter, digit or '_'"],
    ['-x', "Start with a letter, digit or '_'"],
    ['a b', "a space is not allowed: use letters, digits, '_', '.' and '-'"],
    ['ä', "'ä' is not allowed: use letters, digits, '_', '.' and '-'"],
  ])('%j -> %j', (input, expected) => expect(tagNameProblem(input)).toBe(expected));
});

describe('parseImageReference (distribution/reference)', () => {
  it.each([
    ['nginx', { repository: 'nginx' }],
    ['docker.io/library/nginx:latest', { registry: 'docker.io', repository: 'library/nginx', tag: 'latest' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/a/b:1', { registry: 'localhost:5000', repository: 'a/b', tag: '1' }],
    ['Registry.Example.com/org/image:tag', { registry: 'Registry.Example.com', repository: 'org/image', tag: 'tag' }],
    [`quay.io/app@${digest}`, { registry: 'quay.io', repository: 'app', digest }],
    [`quay.io/app:v1@${digest}`, { registry: 'quay.io', repository: 'app', tag: 'v1', digest }],
    ['a__b/c---d', { repository: 'a__b/c---d' }],
  ])('%j parses', (input, expected) => expect(parseImageReference(input)).toEqual(expect.objectContaining(expected)));

  it.each(['', ' nginx', 'nginx ', 'Nginx', 'org/Image', 'app:', 'app:-x', 'a___b', 'app@sha256:short', 'https://quay.io/app', 'quay.io/', '-x.io/app', 'a//b', `x/${'a'.repeat(255)}`])(
    '%j is rejected',
    (input) => expect(parseImageReference(input)).toBeUndefined(),
  );
});

describe('source names', () => {
  it.each([
    ['quay.io/example/app:latest', ok],
    ['', 'Enter an image, such as quay.io/org/app:latest'],
    ['quay.io/app :1', 'Remove the spaces'],
    ['https://quay.io/app', 'Leave out the scheme: write registry/repository:tag, such as quay.io/org/app:latest'],
    ['quay.io/Org/app', 'Not an image reference: write [registry/]repository[:tag or @sha256:digest] with a lowercase repository, such as quay.io/org/app:latest'],
    // go-digest checks the digest after the grammar: a known algorithm, exact length, lowercase.
    [`quay.io/app@sha256:${'a'.repeat(32)}`, "After the '@' write a whole digest: sha256: and 64 lowercase hexadecimal digits"],
    [`quay.io/app@sha256:${'A'.repeat(64)}`, "After the '@' write a whole digest: sha256: and 64 lowercase hexadecimal digits"],
    [`quay.io/app@md5:${'a'.repeat(32)}`, "After the '@' write a whole digest: sha256: and 64 lowercase hexadecimal digits"],
    [`quay.io/app@sha512:${'a'.repeat(128)}`, ok],
  ])('DockerImage %j -> %j', (input, expected) => expect(dockerImageProblem(input)).toBe(expected));

  it.each([
    ['3.11', ok],
    ['python-app:3.11', ok],
    ['', 'Enter a tag (of this stream) or stream:tag'],
    ['other/app:1', 'Put the namespace in the source namespace field; here write stream:tag'],
    [`app@${digest}`, 'That names an image by digest: choose ImageStreamImage, or write stream:tag'],
    ['a:b:c', "Write tag or stream:tag, with one ':'"],
    ['app:', "Put a tag after the ':'"],
    [':1', 'Enter a stream name before the colon'],
    ['App:1', `No capital letters: ${allowed}`],
    ['app:.x', "Not a tag name: Start with a letter, digit or '_'"],
  ])('ImageStreamTag %j -> %j', (input, expected) => expect(streamTagProblem(input)).toBe(expected));

  it.each([
    [`my-app@${digest}`, ok],
    [digest, ok],
    ['', 'Enter stream@sha256:<digest>, or sha256:<digest> for an image of this stream'],
    [`ns/app@${digest}`, 'Put the namespace in the source namespace field; here write stream@sha256:<digest>'],
    // The server resolves a unique prefix against the stream's images (ResolveImageID).
    ['app@sha256:abc123', ok],
    ['app@sha256:ABC123', "After the '@' write sha256: and the image's lowercase hexadecimal digest (a unique prefix is enough)"],
    [`app@sha256:${'a'.repeat(65)}`, "After the '@' write sha256: and the image's lowercase hexadecimal digest (a unique prefix is enough)"],
    ['app:latest', 'Write stream@sha256:<digest>, or sha256:<digest> for an image of this stream'],
    [`a@b@${digest}`, "Write stream@sha256:<digest>, with one '@'"],
    [`@${digest}`, 'Enter a stream name before the @'],
  ])('ImageStreamImage %j -> %j', (input, expected) => expect(streamImageProblem(input)).toBe(expected));

  it('splits stream sources', () => {
    expect(splitSource('app:1', ':')).toEqual({ stream: 'app', ref: '1' });
    expect(splitSource('1', ':')).toEqual({ ref: '1' });
    expect(splitSource(`app@${digest}`, '@')).toEqual({ stream: 'app', ref: digest });
    expect(splitSource(digest, '@')).toEqual({ ref: digest });
  });
});
