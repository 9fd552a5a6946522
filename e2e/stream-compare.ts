// Streams compared the way the server stores them: server defaults written out, tags sorted by name.
import { pythonObject } from '../src/features/image-streams/form/python-call';
import { pythonExamples } from '../src/features/image-streams/form/python-examples';

export type Json = Record<string, unknown>;
export const rec = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});

/** Server defaults (referencePolicy Source, importMode Legacy, false flags, null annotations) written out. */
export function normalizeTag(value: unknown) {
  const tag = rec(value);
  const importPolicy = rec(tag.importPolicy);
  return {
    name: tag.name,
    annotations: tag.annotations ?? null,
    from: tag.from ?? null,
    reference: Boolean(tag.reference),
    importPolicy: {
      scheduled: Boolean(importPolicy.scheduled),
      insecure: Boolean(importPolicy.insecure),
      importMode: importPolicy.importMode || 'Legacy',
    },
    referencePolicy: { type: rec(tag.referencePolicy).type || 'Source' },
  };
}

export function comparable(object: unknown) {
  const metadata = rec(rec(object).metadata);
  const spec = rec(rec(object).spec);
  const tags = Array.isArray(spec.tags) ? spec.tags : [];
  return {
    name: metadata.name,
    namespace: metadata.namespace,
    labels: metadata.labels ?? {},
    annotations: metadata.annotations ?? {},
    lookupLocal: Boolean(rec(spec.lookupPolicy).local),
    tags: tags.map(normalizeTag).sort((a, b) => String(a.name).localeCompare(String(b.name))),
  };
}

/** A Python `ImageStream(...)` call's object, created as `name` in namespace demo. */
export function expectedFromCode(code: string, name: string, rename: (text: string) => string = (text) => text) {
  const object = JSON.parse(rename(JSON.stringify(pythonObject(code)))) as Json;
  return comparable({ ...object, metadata: { ...rec(object.metadata), name, namespace: 'demo' } });
}

/** A documentation example's object, created as `name` in namespace demo (the sample data holds the original names). */
export const expected = (example: string, name: string, rename?: (text: string) => string) => expectedFromCode(pythonExamples[example] ?? '', name, rename);
