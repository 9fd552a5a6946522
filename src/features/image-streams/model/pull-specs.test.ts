import { describe, expect, it } from 'vitest';
import { imageRepository, lookupShortName, pullSpecs, shortDigest } from './pull-specs';
import { stream } from './test-streams';

const internal = 'image-registry.openshift-image-registry.svc:5000/demo/app';
const external = 'default-route.apps.example.com/demo/app';

describe('pullSpecs', () => {
  it('gives tag and digest specs, internal and public', () => {
    const s = stream([], [], { status: { dockerImageRepository: internal, publicDockerImageRepository: external } });
    expect(pullSpecs(s, 'latest', { image: 'sha256:abc' })).toEqual({
      internalByTag: `${internal}:latest`,
      internalByDigest: `${internal}@sha256:abc`,
      publicByTag: `${external}:latest`,
      publicByDigest: `${external}@sha256:abc`,
    });
  });

  it('has no digest specs without an image, and no public ones without a route', () => {
    const s = stream([], []);
    expect(pullSpecs(s, 'v1')).toEqual({ internalByTag: `${internal}:v1`, internalByDigest: undefined, publicByTag: undefined, publicByDigest: undefined });
    expect(pullSpecs(s, 'v1', { image: '' }).internalByDigest).toBeUndefined();
  });
});

describe('small helpers', () => {
  it.each([
    ['sha256:0123456789abcdef0123', 'sha256:0123456789ab'],
    ['', ''],
    [undefined, ''],
  ])('shortDigest(%s) = %s', (input, expected) => {
    expect(shortDigest(input)).toBe(expected);
  });

  it('prefers the public repository, as oc get is does', () => {
    expect(imageRepository(stream([], [], { status: { dockerImageRepository: internal, publicDockerImageRepository: external } }))).toBe(external);
    expect(imageRepository(stream([], []))).toBe(internal);
  });

  it('offers the short name only with local lookup', () => {
    expect(lookupShortName(stream([], []), 'latest')).toBeUndefined();
    expect(lookupShortName({ ...stream([], []), spec: { lookupPolicy: { local: true } } }, 'latest')).toBe('app:latest');
  });
});
