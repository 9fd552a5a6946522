// An ImageStream (from the server or from YAML) -> form values, with a default for everything missing.
import type { ImageStreamFormValues } from './form-schema';
import { mapToRows } from './key-value-rows';
import { asArray, asRecord, asString } from './object-access';
import { TAG_ANNOTATION_KEYS, emptyTagValues, sourceKinds } from './tag-schema';
import type { SourceKind, TagFormValues } from './tag-schema';

const isSourceKind = (kind: string): kind is SourceKind => (sourceKinds as readonly string[]).includes(kind);

export function tagFromObject(value: unknown): TagFormValues {
  const tag = asRecord(value);
  const from = asRecord(tag.from);
  const kind = asString(from.kind);
  const importPolicy = asRecord(tag.importPolicy);
  const annotations = asRecord(tag.annotations);
  const hasSource = isSourceKind(kind);
  return {
    ...emptyTagValues(asString(tag.name)),
    sourceKind: hasSource ? kind : '',
    sourceName: hasSource ? asString(from.name) : '',
    sourceNamespace: hasSource && kind !== 'DockerImage' ? asString(from.namespace) : '',
    reference: tag.reference === true,
    scheduled: importPolicy.scheduled === true,
    insecure: importPolicy.insecure === true,
    importMode: importPolicy.importMode === 'PreserveOriginal' ? 'PreserveOriginal' : 'Legacy',
    referencePolicy: asRecord(tag.referencePolicy).type === 'Local' ? 'Local' : 'Source',
    description: asString(annotations.description),
    version: asString(annotations.version),
    supports: asString(annotations.supports),
    annotations: mapToRows(annotations, TAG_ANNOTATION_KEYS),
  };
}

export function fromObject(value: unknown): ImageStreamFormValues {
  const stream = asRecord(value);
  const metadata = asRecord(stream.metadata);
  const spec = asRecord(stream.spec);
  return {
    name: asString(metadata.name),
    namespace: asString(metadata.namespace),
    lookupLocal: asRecord(spec.lookupPolicy).local === true,
    labels: mapToRows(metadata.labels),
    annotations: mapToRows(metadata.annotations),
    tags: asArray(spec.tags).map(tagFromObject),
  };
}
