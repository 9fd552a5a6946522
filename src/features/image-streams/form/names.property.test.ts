// Generated stream names, tag names, image references and tag sources: the form's verdict equals the
// embedded cluster's wherever the server decides, and the registry tag grammar where only the form does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCluster } from '../../../../mocks/cluster/test-support';
import { baseValues, clusterVerdict, formAccepts, nearValid, REGISTRY_TAG, streamNameArb, tagNameArb, tagValues, tally } from './property-support';
import type { TagFormValues } from './tag-schema';

const { cluster } = testCluster({ seed: 'empty' });
// A namespace of 63 characters puts the 255-character namespace/name limit at a 191-character name.
const LONG_NAMESPACE = `ns-${'x'.repeat(60)}`;
cluster.namespaces.add(LONG_NAMESPACE, '2026-01-01T00:00:00Z', 'uid-long-namespace');
const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('generated stream names', () => {
  it('the form accepts a name exactly when the cluster does', () => {
    const seen = tally();
    fc.assert(
      fc.property(streamNameArb, fc.constantFrom('demo', LONG_NAMESPACE), (name, namespace) => {
        const values = baseValues({ name, namespace });
        const verdict = formAccepts(values);
        expect(verdict).toBe(clusterVerdict(cluster, values).accepted);
        seen.add(verdict ? 'accepted' : 'rejected');
      }),
      { numRuns: 300 },
    );
    seen.expectSeen(['accepted', 'rejected'], 30);
  });

  it.each([
    ['demo', 250, true],
    ['demo', 251, false],
    [LONG_NAMESPACE, 191, true],
    [LONG_NAMESPACE, 192, false],
  ])('in %s, a name of %i characters', (namespace, length, accepted) => {
    const values = baseValues({ namespace, name: 'b'.repeat(length) });
    expect([formAccepts(values), clusterVerdict(cluster, values).accepted]).toEqual([accepted, accepted]);
  });
});

describe('generated tag names (the server does not check them: the registry grammar does)', () => {
  it('the form accepts a tag name exactly when the registry grammar does, and the cluster keeps it', () => {
    const seen = tally();
    fc.assert(
      fc.property(tagNameArb, (name) => {
        const values = baseValues({ tags: [tagValues({ name })] });
        const verdict = formAccepts(values);
        expect(verdict).toBe(REGISTRY_TAG.test(name));
        if (verdict) {
          const server = clusterVerdict(cluster, values);
          expect(server.accepted && server.stored.spec.tags?.map((t) => t.name)).toEqual([name]);
        }
        seen.add(verdict ? 'accepted' : 'rejected');
      }),
      { numRuns: 200 },
    );
    seen.expectSeen(['accepted', 'rejected'], 20);
  });

  it('the form rejects every list of tags the cluster would collapse', () => {
    const seen = tally();
    const pool = fc.constantFrom('latest', 'Latest', 'LATEST', 'v1', 'v1.0', 'v1-0', '_x', '1');
    fc.assert(
      fc.property(fc.array(pool, { minLength: 1, maxLength: 5 }), (names) => {
        const values = baseValues({ tags: names.map((name) => tagValues({ name })) });
        const server = clusterVerdict(cluster, values);
        const collapsed = !server.accepted || (server.stored.spec.tags ?? []).length < names.length;
        expect(formAccepts(values)).toBe(!collapsed);
        expect(collapsed).toBe(new Set(names).size < names.length);
        seen.add(collapsed ? 'collapsed' : 'kept');
      }),
      { numRuns: 100 },
    );
    seen.expectSeen(['collapsed', 'kept'], 10);
  });
});

const lower = /^[a-z0-9]{1,6}(?:(?:[._]|__|-{1,2})[a-z0-9]{1,6}){0,2}$/;
const imageArb = nearValid(
  fc
    .tuple(
      fc.option(fc.constantFrom('quay.io', 'localhost', 'localhost:5000', 'Registry.Example.com', 'docker.io', 'my-host:80', '10.0.0.1:5000')),
      fc.array(fc.stringMatching(lower), { minLength: 1, maxLength: 3 }),
      fc.option(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,12}$/)),
      fc.option(
        fc.constantFrom(digest, `sha256:${'ab'.repeat(16)}`, digest.toUpperCase().replace('SHA256', 'sha256'), `sha512:${'cd'.repeat(64)}`, `md5:${'ef'.repeat(16)}`, `sha256:${'0'.repeat(65)}`),
      ),
    )
    .map(([registry, path, tag, id]) => `${registry === null ? '' : `${registry}/`}${path.join('/')}${tag === null ? '' : `:${tag}`}${id === null ? '' : `@${id}`}`),
);

describe('generated image references (DockerImage from.name)', () => {
  it('the form accepts an image reference exactly when the cluster does', () => {
    const seen = tally();
    fc.assert(
      fc.property(imageArb, (sourceName) => {
        const values = baseValues({ tags: [tagValues({ sourceKind: 'DockerImage', sourceName })] });
        const verdict = formAccepts(values);
        expect(verdict).toBe(clusterVerdict(cluster, values).accepted);
        seen.add(verdict ? 'accepted' : 'rejected');
      }),
      { numRuns: 300 },
    );
    seen.expectSeen(['accepted', 'rejected'], 30);
  });

  it.each([
    // Found by reading go-digest (reference.Parse validates the digest): both sides accepted these.
    [`quay.io/app@sha256:${'ab'.repeat(16)}`, false],
    [`quay.io/app@sha256:${'AB'.repeat(32)}`, false],
    [`quay.io/app@sha512:${'cd'.repeat(64)}`, true],
  ])('%s', (sourceName, accepted) => {
    const values = baseValues({ tags: [tagValues({ sourceKind: 'DockerImage', sourceName })] });
    expect([formAccepts(values), clusterVerdict(cluster, values).accepted]).toEqual([accepted, accepted]);
  });
});

describe('generated tag sources and scheduling', () => {
  const kinds: TagFormValues['sourceKind'][] = ['', 'DockerImage', 'ImageStreamTag'];
  const sourceNames: Record<string, string> = { '': '', DockerImage: 'quay.io/org/app:1', ImageStreamTag: 'latest' };

  // Found by this property: the form refused scheduled on a tag without a source, which the server accepts.
  it('keeps scheduled on a tag without a source, as the server does', () => {
    const values = baseValues({ tags: [tagValues({ scheduled: true })] });
    expect([formAccepts(values), clusterVerdict(cluster, values).accepted]).toEqual([true, true]);
  });

  it('the form and the cluster agree on which tags may be scheduled', () => {
    const seen = tally();
    // Twelve cases in all: every one, rather than 50 random draws that now and then held too few rejections.
    for (const sourceKind of kinds) {
      for (const scheduled of [false, true]) {
        for (const reference of [false, true]) {
          const values = baseValues({ tags: [tagValues({ name: 'v1', sourceKind, sourceName: sourceNames[sourceKind] ?? '', scheduled, reference })] });
          const verdict = formAccepts(values);
          expect(verdict, `${sourceKind || 'no source'}, scheduled ${scheduled}, reference ${reference}`).toBe(clusterVerdict(cluster, values).accepted);
          seen.add(verdict ? 'accepted' : 'rejected');
        }
      }
    }
    seen.expectSeen(['accepted', 'rejected'], 2);
  });
});
