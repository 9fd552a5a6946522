// Shared by the *.property.test.ts files: near-valid string generators, the form's and the embedded
// cluster's verdicts, and a tally that makes each property prove it saw both verdicts.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Cluster } from '../../../../mocks/cluster/cluster';
import { StatusError } from '../../../../mocks/cluster/status-error';
import { emptyFormValues, imageStreamFormSchema } from './form-schema';
import type { ImageStreamFormValues } from './form-schema';
import { emptyTagValues } from './tag-schema';
import type { TagFormValues } from './tag-schema';
import { toObject } from './to-object';

/** The distribution tag grammar, written out again as the reference the form's tag rule is held to. */
export const REGISTRY_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

// Characters that break one grammar or another, and lengths at the limits (63, 128, 253, 255 and neighbours).
const BAD_TEXT = [' ', '/', ':', '@', '%', '.', '-', '_', '__', '..', '--', 'A', 'Z', 'é', 'ß', 'İ', '\u200b', '😀', '\n', '\t', '*', '+', '~', '#', '"'];
const LIMITS = [62, 63, 64, 127, 128, 129, 190, 191, 192, 250, 251, 252, 253, 254, 255, 256];
const SEPARATORS = ['-', '.', '_', '/', ':', '@'];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number }
  | { kind: 'case'; at: number; all: boolean }
  | { kind: 'length'; to: number }
  | { kind: 'edge'; text: string; front: boolean };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(300), text: fc.constantFrom(...BAD_TEXT) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(300) }),
  fc.record({ kind: fc.constant('case' as const), at: fc.nat(300), all: fc.boolean() }),
  fc.record({ kind: fc.constant('length' as const), to: fc.constantFrom(...LIMITS) }),
  fc.record({ kind: fc.constant('edge' as const), text: fc.constantFrom(...SEPARATORS, ' '), front: fc.boolean() }),
);

function mutate(text: string, m: Mutation): string {
  const at = 'at' in m ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1);
    case 'case':
      return m.all ? (text === text.toUpperCase() ? text.toLowerCase() : text.toUpperCase()) : text.slice(0, at) + text.charAt(at).toUpperCase() + text.slice(at + 1);
    case 'length':
      // Padding with a letter keeps a valid value valid, so both sides of a length limit come up.
      return text.length >= m.to ? text.slice(0, m.to) : text + 'a'.repeat(m.to - text.length);
    case 'edge':
      return m.front ? m.text + text : text + m.text;
  }
}

/** Valid values, the same values with one or two mutations, and now and then arbitrary Unicode. */
export function nearValid(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 4, arbitrary: fc.tuple(valid, fc.array(mutationArb, { minLength: 1, maxLength: 2 })).map(([text, ms]) => ms.reduce(mutate, text)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  );
}

/** Mostly `valid`, sometimes `other`: for objects with many fields, so some of them pass as a whole. */
export const mostly = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: other });

export const validStreamName = fc.stringMatching(/^[a-z0-9]{1,8}(?:[._-][a-z0-9]{1,8}){0,3}$/);
export const validTagName = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/);
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/;
/** A label or annotation key: an optional DNS-subdomain prefix and '/', then a name. */
export const validQualifiedKey = fc
  .tuple(fc.option(fc.array(fc.stringMatching(DNS_LABEL), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.'))), fc.stringMatching(/^[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,14}[A-Za-z0-9])?$/))
  .map(([prefix, name]) => (prefix === null ? name : `${prefix}/${name}`));
export const validLabelValue = fc.stringMatching(/^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,14}[A-Za-z0-9])?)?$/);

export const streamNameArb = nearValid(validStreamName);
export const tagNameArb = nearValid(validTagName);
export const qualifiedKeyArb = nearValid(validQualifiedKey);
export const labelValueArb = nearValid(validLabelValue);

export const baseValues = (overrides: Partial<ImageStreamFormValues> = {}): ImageStreamFormValues => ({ ...emptyFormValues('demo'), name: 'parity', ...overrides });
export const tagValues = (overrides: Partial<TagFormValues> = {}): TagFormValues => ({ ...emptyTagValues('latest'), ...overrides });

export const formAccepts = (values: ImageStreamFormValues): boolean => imageStreamFormSchema.safeParse(values).success;

export type ClusterVerdict = { accepted: true; stored: ReturnType<Cluster['createImageStream']> } | { accepted: false; message: string };

/** What the embedded cluster says to a dry-run create of what the form would send. */
export function clusterVerdict(cluster: Cluster, values: ImageStreamFormValues, base?: unknown): ClusterVerdict {
  try {
    return { accepted: true, stored: cluster.createImageStream(values.namespace, toObject(values, base), { dryRun: true }) };
  } catch (error) {
    if (!(error instanceof StatusError)) throw error;
    const causes = error.details?.causes?.map((c) => `${c.field}: ${c.message}`) ?? [];
    return { accepted: false, message: [error.message, ...causes].join('\n') };
  }
}

/** Counts verdicts per property, so a property that only ever saw one side fails instead of passing vacuously. */
export function tally() {
  const counts = new Map<string, number>();
  return {
    add: (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1),
    count: (label: string) => counts.get(label) ?? 0,
    /** Every label occurred at least `min` times. */
    expectSeen(labels: string[], min = 5) {
      for (const label of labels) expect(counts.get(label) ?? 0, `cases with verdict "${label}"`).toBeGreaterThanOrEqual(min);
    },
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
  };
}
