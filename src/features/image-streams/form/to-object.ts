// Form values -> the exact ImageStream that is sent. With `base` (the object loaded for edit, or the
// imported YAML) every field the form does not model survives, so a PUT never drops what the server sent.
import type { ImageStream } from '../api/schemas';
import type { ImageStreamFormValues } from './form-schema';
import { rowsToMap } from './key-value-rows';
import { asArray, asRecord, asString, isRecord, without } from './object-access';
import type { JsonRecord } from './object-access';
import { TAG_ANNOTATION_KEYS } from './tag-schema';
import type { TagFormValues } from './tag-schema';

export const API_VERSION = 'image.openshift.io/v1';

const TAG_FIELDS = ['name', 'annotations', 'from', 'reference', 'generation', 'importPolicy', 'referencePolicy'];

function tagAnnotations(tag: TagFormValues): Record<string, string> | null {
  const own = TAG_ANNOTATION_KEYS.filter((key) => tag[key] !== '').map((key) => [key, tag[key]] as const);
  const map = { ...Object.fromEntries(own), ...rowsToMap(tag.annotations) };
  // TagReference.annotations has no omitempty: the server sends null, so the form does too.
  return Object.keys(map).length > 0 ? map : null;
}

/** false is the server's omitted default; it stays explicit only where the base spelled it out. */
function flag(target: JsonRecord, key: string, value: boolean, base: JsonRecord): void {
  if (value || key in base) target[key] = value;
  else delete target[key];
}

function fromReference(tag: TagFormValues, base: JsonRecord): JsonRecord {
  const kept = asString(base.kind) === tag.sourceKind ? without(base, ['kind', 'name', 'namespace']) : {};
  const namespace = tag.sourceKind !== 'DockerImage' && tag.sourceNamespace !== '' ? { namespace: tag.sourceNamespace } : {};
  return { kind: tag.sourceKind, name: tag.sourceName, ...namespace, ...kept };
}

export function tagToObject(tag: TagFormValues, base: JsonRecord = {}): JsonRecord {
  const out: JsonRecord = { name: tag.name, annotations: tagAnnotations(tag) };
  if (tag.sourceKind !== '') out.from = fromReference(tag, asRecord(base.from));
  flag(out, 'reference', tag.reference, base);
  if ('generation' in base) out.generation = base.generation;
  const baseImport = asRecord(base.importPolicy);
  const importPolicy: JsonRecord = { ...baseImport };
  flag(importPolicy, 'insecure', tag.insecure, baseImport);
  flag(importPolicy, 'scheduled', tag.scheduled, baseImport);
  importPolicy.importMode = tag.importMode;
  out.importPolicy = importPolicy;
  out.referencePolicy = { ...asRecord(base.referencePolicy), type: tag.referencePolicy };
  return { ...out, ...without(base, TAG_FIELDS) };
}

export function toObject(values: ImageStreamFormValues, base?: unknown): ImageStream {
  const stream = asRecord(base);
  const metadata = asRecord(stream.metadata);
  const spec = asRecord(stream.spec);
  const baseTags = new Map(asArray(spec.tags).filter(isRecord).map((tag) => [asString(tag.name), tag]));
  const labels = rowsToMap(values.labels);
  const annotations = rowsToMap(values.annotations);
  return {
    apiVersion: API_VERSION,
    kind: 'ImageStream',
    metadata: {
      name: values.name,
      ...(values.namespace !== '' ? { namespace: values.namespace } : {}),
      ...without(metadata, ['name', 'namespace', 'labels', 'annotations']),
      ...(labels ? { labels } : {}),
      ...(annotations ? { annotations } : {}),
    },
    spec: {
      lookupPolicy: { ...asRecord(spec.lookupPolicy), local: values.lookupLocal },
      tags: values.tags.map((tag) => tagToObject(tag, baseTags.get(tag.name))),
      ...without(spec, ['lookupPolicy', 'tags']),
    },
    // Status belongs to the server: it is never sent.
    ...without(stream, ['apiVersion', 'kind', 'metadata', 'spec', 'status']),
  } as ImageStream;
}
