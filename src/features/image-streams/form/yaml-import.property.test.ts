// Generated YAML: whole ImageStream documents get the same verdict from the form as from the embedded
// cluster, and arbitrary or damaged text never makes the import throw.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { testCluster } from '../../../../mocks/cluster/test-support';
import { imageStreamFormSchema } from './form-schema';
import {
  clusterVerdict,
  formAccepts,
  labelValueArb,
  mostly,
  qualifiedKeyArb,
  REGISTRY_TAG,
  streamNameArb,
  tagNameArb,
  tally,
  validLabelValue,
  validQualifiedKey,
  validStreamName,
  validTagName,
} from './property-support';
import { API_VERSION, toObject } from './to-object';
import { importYaml } from './yaml-import';
import type { YamlImportResult } from './yaml-import';

const { cluster } = testCluster({ seed: 'empty' });

const imageArb = mostly(
  fc.constantFrom('nginx', 'quay.io/org/app:v1', 'localhost:5000/a/b', `quay.io/app@sha256:${'ab'.repeat(32)}`),
  fc.constantFrom('Nginx', 'quay.io/app:', 'https://quay.io/app', 'a b', `quay.io/app@sha256:${'ab'.repeat(16)}`),
);
const tagArb = fc
  .record({ name: mostly(validTagName, tagNameArb), kind: fc.constantFrom('', 'DockerImage'), image: imageArb, scheduled: fc.boolean(), reference: fc.boolean() })
  .map(({ name, kind, image, scheduled, reference }) => ({
    name,
    ...(kind === '' ? {} : { from: { kind, name: image } }),
    ...(reference ? { reference } : {}),
    importPolicy: { scheduled },
  }));
const documentArb = fc
  .record({
    name: mostly(validStreamName, streamNameArb),
    namespace: fc.option(fc.constant('demo')),
    labels: fc.dictionary(mostly(validQualifiedKey, qualifiedKeyArb), mostly(validLabelValue, labelValueArb), { maxKeys: 3 }),
    annotations: fc.dictionary(mostly(validQualifiedKey, qualifiedKeyArb), fc.string({ unit: 'binary', maxLength: 20 }), { maxKeys: 2 }),
    local: fc.boolean(),
    tags: fc.array(tagArb, { maxLength: 3 }),
  })
  .map(({ name, namespace, labels, annotations, local, tags }) => ({
    apiVersion: API_VERSION,
    kind: 'ImageStream',
    metadata: { name, ...(namespace === null ? {} : { namespace }), labels, annotations },
    spec: { lookupPolicy: { local }, tags },
  }));

describe('generated ImageStream documents', () => {
  it('the form accepts an imported document exactly when the cluster does, save tag names, which only the form checks', () => {
    const seen = tally();
    fc.assert(
      fc.property(documentArb, (document) => {
        const result = importYaml(stringify(document));
        if (!result.ok) throw new Error(result.error.message);
        // A document without a namespace goes to the namespace the form was opened in.
        const values = { ...result.values, namespace: result.values.namespace || 'demo' };
        const verdict = formAccepts(values);
        const names = values.tags.map((t) => t.name);
        const tagRules = names.every((n) => REGISTRY_TAG.test(n)) && new Set(names).size === names.length;
        expect(verdict).toBe(clusterVerdict(cluster, values, result.object).accepted && tagRules);
        seen.add(verdict ? 'accepted' : 'rejected');
      }),
      { numRuns: 100 },
    );
    seen.expectSeen(['accepted', 'rejected'], 10);
  });
});

/** Never throws; an error always says something; values always reach the schema and back to an object. */
function expectHandled(text: string): YamlImportResult {
  const result = importYaml(text);
  if (result.ok) {
    expect(() => imageStreamFormSchema.safeParse(result.values)).not.toThrow();
    expect(() => toObject(result.values, result.object)).not.toThrow();
  } else expect(result.error.message).toMatch(/\S/);
  return result;
}

const YAML_NOISE = [':', ': ', '- ', ' ', '\n', '\t', '&a ', '*a', '!!binary ', '!x ', '{', '}', '[', ']', '"', "'", '#', '|', '>', '%', '@', '`', '---\n', '...\n', '? ', ',', '\\', '\u0000', '\ufeff', '😀'];
const damage = fc.record({ at: fc.nat(2000), cut: fc.nat(3), text: fc.constantFrom(...YAML_NOISE) });

describe('importYaml on arbitrary text', () => {
  it('never throws on arbitrary text', () => {
    const seen = tally();
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...YAML_NOISE, 'a', 'kind', 'ImageStream'), maxLength: 40 })), (text) => {
        seen.add(expectHandled(text).ok ? 'read' : 'refused');
      }),
      { numRuns: 250 },
    );
    seen.expectSeen(['refused'], 50);
  });

  it('never throws on damaged ImageStream documents', () => {
    const seen = tally();
    fc.assert(
      fc.property(documentArb, fc.array(damage, { minLength: 1, maxLength: 3 }), (document, damages) => {
        const text = damages.reduce((t, d) => {
          const at = d.at % (t.length + 1);
          return t.slice(0, at) + d.text + t.slice(at + d.cut);
        }, stringify(document));
        seen.add(expectHandled(text).ok ? 'read' : 'refused');
      }),
      { numRuns: 100 },
    );
    seen.expectSeen(['read', 'refused'], 5);
  });

  it('never throws on documents of the wrong shape', () => {
    const seen = tally();
    // Mostly the right frame with wrong values inside, so both the shape check and the form see them.
    const text = mostly<unknown>(fc.string({ maxLength: 8 }), fc.jsonValue());
    const stringMap = mostly<unknown>(fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }), fc.jsonValue());
    const loose = fc.record(
      {
        apiVersion: mostly<unknown>(fc.constant(API_VERSION), fc.jsonValue()),
        kind: mostly<unknown>(fc.constant('ImageStream'), fc.jsonValue()),
        metadata: mostly<unknown>(fc.record({ name: text, labels: stringMap, annotations: stringMap }, { requiredKeys: [] }), fc.jsonValue()),
        spec: mostly<unknown>(
          fc.record({ lookupPolicy: fc.jsonValue(), tags: fc.array(mostly<unknown>(fc.record({ name: text, from: mostly<unknown>(fc.record({ kind: text, name: text }), fc.jsonValue()) }, { requiredKeys: [] }), fc.jsonValue()), { maxLength: 2 }) }, { requiredKeys: [] }),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: ['apiVersion', 'kind'] },
    );
    fc.assert(
      fc.property(loose, fc.boolean(), (document, asJson) => {
        seen.add(expectHandled(asJson ? JSON.stringify(document) : stringify(document)).ok ? 'read' : 'refused');
      }),
      { numRuns: 100 },
    );
    seen.expectSeen(['read', 'refused'], 5);
  });

  it.each([
    ['an alias bomb', `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`],
    ['a byte-order mark and NUL', '\ufeffkind: ImageStream\u0000'],
    ['a lone surrogate', 'kind: "\ud800"'],
  ])('answers %s with a result', (_label, text) => {
    expect(expectHandled(text).ok).toBe(false);
  });
});
