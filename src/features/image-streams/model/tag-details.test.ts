import { describe, expect, it } from 'vitest';
import type { TagReference } from '../api/schemas';
import { formatBytes, importPolicyText, referencePolicyHelp, referenceText, sourceDisplay } from './tag-details';
import { dockerTag, stream } from './test-streams';

const DIGEST = `sha256:${'ab12'.repeat(16)}`;

describe('sourceDisplay', () => {
  const s = stream([], []);
  it.each<[string, TagReference | undefined, ReturnType<typeof sourceDisplay>]>([
    ['pushed', undefined, { kind: '', text: 'pushed image' }],
    ['no from', { name: 'x' }, { kind: '', text: 'no source' }],
    [
      'docker image',
      dockerTag('latest'),
      { kind: 'DockerImage', text: 'quay.io/acme/app:latest', fullName: undefined, link: undefined },
    ],
    [
      'tag of another stream, same namespace',
      { name: 't', from: { kind: 'ImageStreamTag', name: 'nginx:latest', namespace: 'demo' } },
      { kind: 'ImageStreamTag', text: 'nginx:latest', fullName: undefined, link: { namespace: 'demo', stream: 'nginx', tag: 'latest' } },
    ],
    [
      'tag in another namespace',
      { name: 't', from: { kind: 'ImageStreamTag', name: 'ruby:3.3', namespace: 'openshift' } },
      { kind: 'ImageStreamTag', text: 'openshift/ruby:3.3', fullName: 'openshift/ruby:3.3', link: { namespace: 'openshift', stream: 'ruby', tag: '3.3' } },
    ],
    [
      'image by digest, shortened',
      { name: 'p', from: { kind: 'ImageStreamImage', name: `web@${DIGEST}` } },
      { kind: 'ImageStreamImage', text: 'web@sha256:ab12ab12ab12', fullName: `web@${DIGEST}`, link: { namespace: 'demo', stream: 'web', image: DIGEST } },
    ],
  ])('%s', (_case, spec, expected) => {
    expect(sourceDisplay(s, { spec })).toEqual(expected);
  });
});

describe('importPolicyText', () => {
  it.each<[string, TagReference | undefined, string | undefined]>([
    ['pushed tags have none', undefined, undefined],
    ['defaults', dockerTag('a'), 'not scheduled · Legacy (one image, for the cluster’s architecture)'],
    ['scheduled and insecure', dockerTag('a', 1, { importPolicy: { scheduled: true, insecure: true } }), 'scheduled re-import · insecure registry allowed · Legacy (one image, for the cluster’s architecture)'],
    ['manifest lists', dockerTag('a', 1, { importPolicy: { importMode: 'PreserveOriginal' } }), 'not scheduled · PreserveOriginal (the whole manifest list, every architecture)'],
    ['unknown mode', dockerTag('a', 1, { importPolicy: { importMode: 'Future' } }), 'not scheduled · Future'],
  ])('%s', (_case, spec, expected) => {
    expect(importPolicyText(spec)).toBe(expected);
  });
});

describe('policy words', () => {
  it.each([
    ['Source', /straight from the registry/],
    [undefined, /straight from the registry/],
    ['Local', /pull-through/],
    ['Odd', /Unknown reference policy Odd/],
  ])('reference policy %s', (type, expected) => {
    expect(referencePolicyHelp(type)).toMatch(expected);
  });

  it.each([
    [undefined, undefined],
    [dockerTag('a'), 'no'],
    [dockerTag('a', 1, { reference: true }), 'yes: only the pull spec is recorded, the image is never imported'],
  ])('reference %#', (spec, expected) => {
    expect(referenceText(spec)).toBe(expected);
  });
});

describe('formatBytes', () => {
  it.each([
    [undefined, ''],
    [-1, ''],
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [29842813, '28.5 MiB'],
    [5 * 1024 ** 3, '5.0 GiB'],
  ])('%s bytes', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});
