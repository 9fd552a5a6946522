import { describe, expect, it } from 'vitest';
import type { Cluster } from './cluster';
import { dockerTag, readOnlySample, statusOf, streamBody, testCluster } from './test-support';

const review = (verb: string, namespace: string | undefined, resource = 'imagestreams', subresource?: string) => ({
  kind: 'SelfSubjectAccessReview',
  apiVersion: 'authorization.k8s.io/v1',
  spec: { resourceAttributes: { group: 'image.openshift.io', resource, verb, namespace, ...(subresource ? { subresource } : {}) } },
});

describe('selfsubjectaccessreviews', () => {
  it.each([
    ['create', 'demo', true],
    ['delete', 'demo', true],
    ['get', 'shared-images', true],
    ['list', 'shared-images', true],
    ['watch', 'shared-images', true],
    ['create', 'shared-images', false],
    ['update', 'shared-images', false],
    ['patch', 'shared-images', false],
    ['delete', 'shared-images', false],
  ])('%s in %s → allowed %s', (verb, namespace, allowed) => {
    const { cluster } = testCluster({ seed: 'empty' });
    const answer = cluster.createAccessReview(review(verb, namespace));
    expect(answer).toMatchObject({ kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', spec: review(verb, namespace).spec, status: { allowed } });
  });

  it('says why a read-only namespace refuses writes', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    expect(cluster.createAccessReview(review('create', 'shared-images', 'imagestreamimports')).status).toEqual({
      allowed: false,
      reason: 'the namespace "shared-images" is read-only for you (view role)',
    });
    expect(cluster.createAccessReview(review('update', 'demo')).status).toEqual({ allowed: true, reason: 'RBAC: allowed by RoleBinding "edit/demo"' });
  });

  it('denies everything in a forbidden namespace, reads included', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    cluster.rbac.forbidden.add('ci');
    expect(cluster.createAccessReview(review('get', 'ci')).status).toEqual({ allowed: false, reason: '' });
    expect(cluster.createAccessReview(review('get', 'ci', 'imagestreams', 'layers')).status.allowed).toBe(false);
  });

  it('400 without a verb', () => {
    const { cluster } = testCluster({ seed: 'empty' });
    expect(statusOf(() => cluster.createAccessReview({ spec: { resourceAttributes: { resource: 'imagestreams' } } }))).toMatchObject({ code: 400, message: 'spec.resourceAttributes.verb is required' });
  });
});

describe('a read-only namespace answers writes with 403 Forbidden', () => {
  const rv = (c: Cluster) => c.getImageStream('shared-images', 'ubi9').metadata.resourceVersion;
  const writes: [string, string, string, (c: Cluster) => unknown][] = [
    ['create', 'create', 'imagestreams', (c) => c.createImageStream('shared-images', streamBody('x'))],
    ['update', 'update', 'imagestreams', (c) => c.updateImageStream('shared-images', 'ubi9', { ...c.getImageStream('shared-images', 'ubi9'), metadata: { name: 'ubi9', resourceVersion: rv(c) } })],
    ['patch', 'patch', 'imagestreams', (c) => c.patchImageStream('shared-images', 'ubi9', { metadata: { labels: { a: 'b' } } }, 'merge')],
    ['delete', 'delete', 'imagestreams', (c) => c.deleteImageStream('shared-images', 'ubi9')],
    ['import', 'create', 'imagestreamimports', (c) => c.createImageStreamImport('shared-images', { metadata: { name: 'ubi9' }, spec: { import: true, images: [{ from: { kind: 'DockerImage', name: 'ubi9/ubi:latest' } }] } })],
    ['tag', 'update', 'imagestreamtags', (c) => c.putImageStreamTag('shared-images', 'ubi9:x', { tag: dockerTag('x', 'nginx') })],
    ['untag', 'delete', 'imagestreamtags', (c) => c.deleteImageStreamTag('shared-images', 'ubi9:9.4')],
  ];

  it.each(writes)('%s', (_label, verb, resource, write) => {
    const cluster = readOnlySample();
    const before = cluster.store.currentRv();
    expect(statusOf(() => write(cluster))).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `${resource}.image.openshift.io is forbidden: User "developer" cannot ${verb} resource "${resource}" in API group "image.openshift.io" in the namespace "shared-images"`,
      reason: 'Forbidden',
      details: { group: 'image.openshift.io', kind: resource },
      code: 403,
    });
    expect(cluster.store.currentRv()).toBe(before);
  });

  it('still serves reads', () => {
    const cluster = readOnlySample();
    expect(cluster.listImageStreams('shared-images').items.map((s) => s.metadata.name)).toEqual(['postgresql', 'ubi9']);
    expect(cluster.getImageStreamTag('shared-images', 'ubi9:latest').kind).toBe('ImageStreamTag');
  });

  it('refuses even an inspection (import: false): it needs create on imagestreamimports', () => {
    const cluster = readOnlySample();
    expect(statusOf(() => cluster.createImageStreamImport('shared-images', { metadata: { name: 'ubi9' }, spec: { import: false, images: [{ from: { kind: 'DockerImage', name: 'ubi9/ubi:latest' } }] } })).code).toBe(403);
  });
});
