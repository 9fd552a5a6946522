// The `ImageStream(...)` call of openshift-python-wrapper that creates the same stream, laid out like
// the examples of its documentation.
import type { ImageStream } from '../api/schemas';
import { asArray, asRecord, asString, isRecord } from './object-access';
import type { JsonRecord } from './object-access';

const INDENT = '    ';

export function pythonLiteral(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  // JSON string escapes (\" \\ \n \t \uXXXX) mean the same in Python.
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = INDENT.repeat(depth + 1);
  const outer = INDENT.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + pythonLiteral(item, depth + 1)).join(',\n')}\n${outer}]`;
  }
  const entries = Object.entries(value as JsonRecord).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pythonLiteral(v, depth + 1)}`).join(',\n')}\n${outer}}`;
}

/** A spec tag without what the server fills in by itself: the dict a person would write. */
export function withoutServerDefaults(tag: JsonRecord): JsonRecord {
  const { annotations, reference, generation: _generation, importPolicy, referencePolicy, ...rest } = tag;
  const out: JsonRecord = { ...rest };
  if (isRecord(annotations)) out.annotations = annotations;
  if (reference === true) out.reference = true;
  const { insecure, scheduled, importMode, ...importRest } = asRecord(importPolicy);
  const policy: JsonRecord = {
    ...(scheduled === true ? { scheduled: true } : {}),
    ...(insecure === true ? { insecure: true } : {}),
    ...(importMode && importMode !== 'Legacy' ? { importMode } : {}),
    ...importRest,
  };
  if (Object.keys(policy).length > 0) out.importPolicy = policy;
  const { type, ...referenceRest } = asRecord(referencePolicy);
  const refPolicy: JsonRecord = { ...(type && type !== 'Source' ? { type } : {}), ...referenceRest };
  if (Object.keys(refPolicy).length > 0) out.referencePolicy = refPolicy;
  // Keys in the order of the documentation's examples.
  const order = ['name', 'annotations', 'from', 'reference', 'importPolicy', 'referencePolicy'];
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => rank(order, a) - rank(order, b)));
}

const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

export function toPython(stream: ImageStream): string {
  const metadata = asRecord(stream.metadata);
  const spec = asRecord(stream.spec);
  const tags = asArray(spec.tags).filter(isRecord).map(withoutServerDefaults);
  const kwargs: [string, unknown][] = [
    ['name', asString(metadata.name)],
    ['namespace', asString(metadata.namespace)],
  ];
  if (asRecord(spec.lookupPolicy).local === true) kwargs.push(['lookup_policy', true]);
  if (tags.length > 0) kwargs.push(['tags', tags]);
  if (Object.keys(asRecord(metadata.labels)).length > 0) kwargs.push(['label', metadata.labels]);
  if (Object.keys(asRecord(metadata.annotations)).length > 0) kwargs.push(['annotations', metadata.annotations]);
  const args = kwargs.map(([key, value]) => `${INDENT}${key}=${pythonLiteral(value, 1)}`).join(',\n');
  return [
    'from ocp_resources.image_stream import ImageStream',
    '',
    `image_stream = ImageStream(\n${args}\n)`,
    'image_stream.deploy()',
    '',
  ].join('\n');
}
