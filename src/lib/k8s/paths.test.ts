import { describe, expect, it } from 'vitest';
import { resourcePath, withQuery } from './paths';

describe('resourcePath', () => {
  it.each([
    [{ version: 'v1', resource: 'namespaces' }, '/api/v1/namespaces'],
    [{ group: '', version: 'v1', resource: 'namespaces', name: 'demo' }, '/api/v1/namespaces/demo'],
    [{ group: 'image.openshift.io', version: 'v1', resource: 'imagestreams' }, '/apis/image.openshift.io/v1/imagestreams'],
    [
      { group: 'image.openshift.io', version: 'v1', resource: 'imagestreams', namespace: 'demo' },
      '/apis/image.openshift.io/v1/namespaces/demo/imagestreams',
    ],
    [
      { group: 'image.openshift.io', version: 'v1', resource: 'imagestreams', namespace: 'demo', name: 'app', subresource: 'status' },
      '/apis/image.openshift.io/v1/namespaces/demo/imagestreams/app/status',
    ],
    [
      { group: 'image.openshift.io', version: 'v1', resource: 'imagestreamtags', namespace: 'demo', name: 'app:latest' },
      '/apis/image.openshift.io/v1/namespaces/demo/imagestreamtags/app%3Alatest',
    ],
    [
      { group: 'image.openshift.io', version: 'v1', resource: 'imagestreamimages', namespace: 'a b', name: 'app@sha256:1/2' },
      '/apis/image.openshift.io/v1/namespaces/a%20b/imagestreamimages/app%40sha256%3A1%2F2',
    ],
  ])('%o -> %s', (ref, expected) => {
    expect(resourcePath(ref)).toBe(expected);
  });

  it('rejects a subresource without a name', () => {
    expect(() => resourcePath({ version: 'v1', resource: 'pods', subresource: 'log' })).toThrow();
  });
});

describe('withQuery', () => {
  it('skips undefined values and encodes the rest', () => {
    expect(
      withQuery('/api/v1/namespaces', { limit: 5, continue: undefined, labelSelector: 'app in (a,b)', watch: true }),
    ).toBe('/api/v1/namespaces?limit=5&labelSelector=app+in+%28a%2Cb%29&watch=true');
  });

  it('leaves the path alone without parameters and appends to an existing query', () => {
    expect(withQuery('/x', { a: undefined })).toBe('/x');
    expect(withQuery('/x')).toBe('/x');
    expect(withQuery('/x?a=1', { b: 'two' })).toBe('/x?a=1&b=two');
  });
});
