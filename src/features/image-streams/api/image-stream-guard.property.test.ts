import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCluster } from '../../../../mocks/cluster/test-support';
import { isImageStream, parseImageStreams } from './image-stream-guard';
import { imageStreamSchema } from './schemas';

// Each field mostly right, sometimes missing, null or of any other type, at every depth.
const wrong = fc.oneof(fc.constant(null), fc.constant(undefined), fc.anything({ maxDepth: 1 }));
const field = <T,>(right: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: wrong });
const loose = <T extends Record<string, unknown>>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, required: (keyof T)[]) =>
  field(fc.record(model, { requiredKeys: required }));
const text = fc.string({ maxLength: 6 });
// No `__proto__` key: zod's copy of a record assigns it and loses it (the guard keeps the value as
// sent); it is no valid label or annotation key, so the API server never sends one.
const map = field(fc.dictionary(fc.oneof(text, fc.constantFrom('constructor', 'toString')), field(text), { maxKeys: 3 }));
const list = <T,>(item: fc.Arbitrary<T>) => field(fc.array(item, { maxLength: 3 }));
const num = field(fc.oneof(fc.integer(), fc.double()));

const stream = loose(
  {
    apiVersion: field(text),
    kind: field(text),
    metadata: loose(
      {
        name: field(text),
        namespace: field(text),
        uid: field(text),
        resourceVersion: field(text),
        generation: num,
        creationTimestamp: field(text),
        deletionTimestamp: field(text),
        labels: map,
        annotations: map,
        finalizers: list(field(text)),
      },
      ['name'],
    ),
    spec: loose(
      {
        lookupPolicy: loose({ local: field(fc.boolean()) }, ['local']),
        dockerImageRepository: field(text),
        tags: list(
          loose(
            {
              name: field(text),
              annotations: map,
              from: loose({ kind: field(text), name: field(text), namespace: field(text) }, ['kind', 'name']),
              reference: field(fc.boolean()),
              generation: num,
              importPolicy: loose({ insecure: field(fc.boolean()), scheduled: field(fc.boolean()), importMode: field(text) }, []),
              referencePolicy: loose({ type: field(text) }, ['type']),
            },
            ['name'],
          ),
        ),
      },
      [],
    ),
    status: loose(
      {
        dockerImageRepository: field(text),
        publicDockerImageRepository: field(text),
        tags: list(
          loose(
            {
              tag: field(text),
              items: list(loose({ created: field(text), dockerImageReference: field(text), image: field(text), generation: num }, ['created', 'dockerImageReference', 'image', 'generation'])),
              conditions: list(
                loose(
                  { type: field(text), status: field(text), lastTransitionTime: field(text), reason: field(text), message: field(text), generation: num },
                  ['type', 'status', 'generation'],
                ),
              ),
            },
            ['tag'],
          ),
        ),
      },
      [],
    ),
  },
  ['metadata', 'spec'],
);

describe('isImageStream', () => {
  it('accepts exactly what imageStreamSchema accepts, which then parses to the same value', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(stream, (value) => {
        const parsed = imageStreamSchema.safeParse(value);
        const verdict = isImageStream(value);
        expect(verdict).toBe(parsed.success);
        if (verdict) expect(parsed.data).toEqual(value);
        if (verdict) accepted += 1;
        else refused += 1;
      }),
      { numRuns: 3_000 },
    );
    // The property saw both verdicts.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});

describe('parseImageStreams', () => {
  it('takes the sample data and generated streams as they come over the wire, without zod', () => {
    const { cluster } = testCluster({ generatedStreams: 40 });
    const streams = JSON.parse(JSON.stringify(cluster.store.list())) as unknown[];
    cluster.stop();
    expect(streams.length).toBeGreaterThan(60);
    expect(streams.filter((s) => !isImageStream(s))).toEqual([]);
    expect(parseImageStreams(streams)).toBe(streams);
  });

  it('refuses holes in arrays, which zod reads as undefined', () => {
    const holed = { metadata: { name: 'a', finalizers: new Array<string>(2) }, spec: {} };
    expect(isImageStream(holed)).toBe(false);
    expect(imageStreamSchema.safeParse(holed).success).toBe(false);
  });

  it('refuses items that are not an array, as zod does, with zod\'s words', () => {
    for (const items of [{}, { length: 1, 0: { metadata: { name: 'a' }, spec: {} } }, 'a', null]) {
      expect(() => parseImageStreams(items)).toThrow(/"expected": "array"/);
    }
  });

  it('leaves a refused page to zod, whose error names the item and field', () => {
    const good = { metadata: { name: 'a' }, spec: {} };
    const bad = { metadata: { name: 'b' }, spec: { tags: [{ name: 'x', generation: '3' }] } };
    expect(() => parseImageStreams([good, bad])).toThrow(/"path": \[\s*1,\s*"spec",\s*"tags",\s*0,\s*"generation"\s*\]/);
  });
});
