// Generated ImageStreamTag (`tag`, `stream:tag`) and ImageStreamImage (`stream@sha256:...`) sources:
// the form's verdict against the embedded cluster's. Whether a stream exists is data, not a rule: every
// stream a generated source may name is created first, so "not found" means the name cannot exist.
// What stays server-only is which images a stream holds: an unknown digest, or a prefix matching several.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DNS1123_LABEL, streamNameProblems } from '../../../../mocks/cluster/names';
import { streamBody, testCluster } from '../../../../mocks/cluster/test-support';
import { splitSource } from './image-names';
import { baseValues, clusterVerdict, formAccepts, nearValid, REGISTRY_TAG, streamNameArb, tagNameArb, tagValues, tally } from './property-support';
import type { TagFormValues } from './tag-schema';

const { cluster } = testCluster();
const NAMESPACE = 'demo';
const images = [...new Set((cluster.getImageStream(NAMESPACE, 'web-frontend').status?.tags ?? []).flatMap((t) => t.items ?? []).map((i) => i.image))];

/** Creates the named stream when its name is one the server could store. */
function ensureStream(name: string | undefined): void {
  if (name === undefined || name === baseValues().name || streamNameProblems(NAMESPACE, name).length > 0) return;
  if (!cluster.store.get(NAMESPACE, name)) cluster.createImageStream(NAMESPACE, streamBody(name));
}

const verdicts = (sourceKind: TagFormValues['sourceKind'], sourceName: string) => {
  ensureStream(splitSource(sourceName, sourceKind === 'ImageStreamTag' ? ':' : '@').stream);
  const values = baseValues({ tags: [tagValues({ sourceKind, sourceName })] });
  return { form: formAccepts(values), server: clusterVerdict(cluster, values) };
};

const longName = fc.constantFrom(249, 250, 251).map((n) => 's'.repeat(n));
const streamPart = fc.oneof(streamNameArb, fc.constantFrom('web-frontend', 'parity'), longName);
const istArb = fc.oneof(
  tagNameArb,
  fc.tuple(streamPart, tagNameArb).map(([stream, tag]) => `${stream}:${tag}`),
  nearValid(fc.tuple(streamPart, tagNameArb).map(([stream, tag]) => `${stream}:${tag}`)),
);

describe('generated ImageStreamTag sources', () => {
  it('the form accepts a source exactly when the cluster does and its tag follows the registry grammar', () => {
    const seen = tally();
    fc.assert(
      fc.property(istArb, (sourceName) => {
        const { form, server } = verdicts('ImageStreamTag', sourceName);
        // The server takes any tag text after the ':'; the form holds it to the grammar it uses for tag names.
        const tag = sourceName.slice(sourceName.indexOf(':') + 1);
        expect(form).toBe(server.accepted && REGISTRY_TAG.test(tag));
        seen.add(form ? 'accepted' : server.accepted ? 'rejected by the tag grammar' : 'rejected');
      }),
      { numRuns: 250 },
    );
    seen.expectSeen(['accepted', 'rejected', 'rejected by the tag grammar'], 10);
  });

  it.each([
    // Found by this property: a stream named in a source must fit namespace/name in 255 characters.
    [`${'s'.repeat(251)}:latest`, false],
    [`${'s'.repeat(250)}:latest`, true],
  ])('%#: a stream name of the greatest length', (sourceName, accepted) => {
    const { form, server } = verdicts('ImageStreamTag', sourceName);
    expect([form, server.accepted]).toEqual([accepted, accepted]);
  });
});

describe('generated source namespaces', () => {
  const namespaceArb = nearValid(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/));
  const sample = new Set(cluster.namespaces.list().map((n) => n.metadata.name));
  /** Every namespace that could exist does, with a stream `src` in it. */
  function ensureNamespace(namespace: string): void {
    if (namespace === '' || namespace.length > 63 || !DNS1123_LABEL.test(namespace) || cluster.namespaces.has(namespace)) return;
    cluster.namespaces.add(namespace, '2026-01-01T00:00:00Z', `uid-${namespace}`);
    cluster.createImageStream(namespace, streamBody('src'));
  }

  it('the form accepts a source namespace exactly when the cluster does', () => {
    const seen = tally();
    fc.assert(
      fc.property(namespaceArb, (sourceNamespace) => {
        // The sample's own namespaces have other streams and permissions; a generated name is rarely one.
        fc.pre(!sample.has(sourceNamespace));
        ensureNamespace(sourceNamespace);
        const values = baseValues({ tags: [tagValues({ sourceKind: 'ImageStreamTag', sourceName: 'src:latest', sourceNamespace })] });
        const form = formAccepts(values);
        const server = clusterVerdict(cluster, values);
        // Without a namespace the source is in the stream's own namespace, where `src` does not exist.
        if (sourceNamespace === '') expect(server.accepted).toBe(false);
        else expect(form).toBe(server.accepted);
        seen.add(form ? 'accepted' : 'rejected');
      }),
      { numRuns: 150 },
    );
    seen.expectSeen(['accepted', 'rejected'], 15);
  });
});

const SERVER_ONLY = /imagestreamimages\.image\.openshift\.io .* not found|multiple images match the prefix/;
const hexOf = (image: string) => image.slice('sha256:'.length);
const idArb = fc.oneof(
  fc.constantFrom(...images),
  fc.tuple(fc.constantFrom(...images), fc.integer({ min: 1, max: 64 })).map(([image, n]) => `sha256:${hexOf(image).slice(0, n)}`),
  fc.constantFrom(...images).map((image) => image.toUpperCase()),
  fc.constantFrom(...images).map(hexOf),
  fc.stringMatching(/^sha256:[a-f0-9]{64}$/),
  fc.constantFrom('sha', 'sha256', 'sha256:', 'sha512:abc', 'latest'),
);
const isiArb = fc.oneof(
  idArb,
  fc.tuple(fc.oneof(streamPart, fc.constant('web-frontend')), idArb).map(([stream, id]) => `${stream}@${id}`),
  nearValid(fc.tuple(fc.constant('web-frontend'), idArb).map(([stream, id]) => `${stream}@${id}`)),
);

describe('generated ImageStreamImage sources', () => {
  it('the form never accepts what the cluster rejects by rule, nor rejects what it accepts', () => {
    const seen = tally();
    fc.assert(
      fc.property(isiArb, (sourceName) => {
        const { form, server } = verdicts('ImageStreamImage', sourceName);
        const serverOnly = !server.accepted && SERVER_ONLY.test(server.message);
        if (form) expect(server.accepted || serverOnly, server.accepted ? '' : server.message).toBe(true);
        else expect(server.accepted).toBe(false);
        seen.add(form ? (server.accepted ? 'accepted' : 'accepted, image unknown to the form') : 'rejected');
      }),
      { numRuns: 250 },
    );
    seen.expectSeen(['accepted', 'rejected', 'accepted, image unknown to the form'], 10);
  });

  it.each([
    // Found by reading ResolveImageID: a unique prefix resolves, so the form takes one.
    [(image: string) => `web-frontend@sha256:${hexOf(image).slice(0, 12)}`, true],
    [(image: string) => `web-frontend@${image.toUpperCase()}`, false],
  ])('%#: digest prefixes and case', (name, accepted) => {
    const { form, server } = verdicts('ImageStreamImage', name(images[0] ?? ''));
    expect([form, server.accepted]).toEqual([accepted, accepted]);
  });
});
