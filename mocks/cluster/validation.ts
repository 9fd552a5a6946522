// The 422 rules of openshift-apiserver's ImageStream validation, with its field paths and messages.
import type { StatusCause } from './status-error';
import type { ImageStream, ObjectMeta, TagReference } from './types';
import {
  DNS1123_LABEL,
  labelValueProblems,
  parseImageReference,
  qualifiedNameProblems,
  streamNameProblems,
} from './names';

const quote = (value: unknown) => JSON.stringify(value);
const utf8Length = (text: string) => new TextEncoder().encode(text).length;
const required = (field: string, detail?: string): StatusCause => ({
  reason: 'FieldValueRequired',
  message: detail ? `Required value: ${detail}` : 'Required value',
  field,
});
const invalidValue = (field: string, value: unknown, detail: string): StatusCause => ({
  reason: 'FieldValueInvalid',
  message: `Invalid value: ${quote(value)}: ${detail}`,
  field,
});
const tooLong = (field: string, limit: number): StatusCause => ({
  reason: 'FieldValueTooLong',
  message: `Too long: must have at most ${limit} bytes`,
  field,
});

export function validateObjectMeta(meta: ObjectMeta, namespace: string, nameProblems: (ns: string, n: string) => string[]): StatusCause[] {
  const causes: StatusCause[] = [];
  if (!meta.name) causes.push(required('metadata.name', 'name or generateName is required'));
  else for (const p of nameProblems(namespace, meta.name)) causes.push(invalidValue('metadata.name', meta.name, p));
  if (namespace && !DNS1123_LABEL.test(namespace))
    causes.push(invalidValue('metadata.namespace', namespace, 'a lowercase RFC 1123 label must consist of lower case alphanumeric characters or \'-\''));
  for (const [key, value] of Object.entries(meta.labels ?? {})) {
    for (const p of qualifiedNameProblems(key)) causes.push(invalidValue('metadata.labels', key, p));
    if (typeof value !== 'string') causes.push(invalidValue('metadata.labels', value, 'must be a string'));
    else for (const p of labelValueProblems(value)) causes.push(invalidValue('metadata.labels', value, p));
  }
  let annotationBytes = 0;
  for (const [key, value] of Object.entries(meta.annotations ?? {})) {
    // apimachinery lower-cases annotation keys before checking them.
    for (const p of qualifiedNameProblems(key.toLowerCase())) causes.push(invalidValue('metadata.annotations', key, p));
    // TotalAnnotationSizeLimitB counts bytes (Go's len), not UTF-16 code units.
    annotationBytes += utf8Length(key) + utf8Length(String(value));
  }
  if (annotationBytes > 256 * 1024) causes.push(tooLong('metadata.annotations', 256 * 1024));
  return causes;
}

const SOURCE_KINDS = `'DockerImage', 'ImageStreamImage', 'ImageStreamTag'`;

export function validateTagReference(tag: TagReference, path: string): StatusCause[] {
  const causes: StatusCause[] = [];
  const from = tag.from;
  if (from) {
    if (!from.name) causes.push(required(`${path}.from.name`));
    switch (from.kind) {
      case 'DockerImage':
        if (from.name && !parseImageReference(from.name))
          causes.push(invalidValue(`${path}.from.name`, from.name, 'invalid reference format'));
        break;
      case 'ImageStreamTag':
      case 'ImageStreamImage':
        if (tag.importPolicy?.scheduled)
          causes.push(
            invalidValue(`${path}.importPolicy.scheduled`, true, 'only tags pointing to Docker repositories may be scheduled for background import'),
          );
        break;
      default:
        causes.push(required(`${path}.from.kind`, `valid values are ${SOURCE_KINDS}`));
    }
  }
  const policy = tag.referencePolicy?.type;
  if (policy !== 'Source' && policy !== 'Local')
    causes.push(invalidValue(`${path}.referencePolicy.type`, policy ?? '', 'valid values are "Source", "Local"'));
  const mode = tag.importPolicy?.importMode ?? '';
  if (mode !== '' && mode !== 'Legacy' && mode !== 'PreserveOriginal')
    causes.push(invalidValue(`${path}.importPolicy.importMode`, mode, 'valid values are "", "Legacy", "PreserveOriginal"'));
  return causes;
}

/** Validates a defaulted stream whose spec.tags are already collapsed by name. */
export function validateImageStream(stream: ImageStream, namespace: string): StatusCause[] {
  const causes = validateObjectMeta(stream.metadata, namespace, streamNameProblems);
  const repo = stream.spec.dockerImageRepository;
  if (repo) {
    const ref = parseImageReference(repo);
    if (!ref) causes.push(invalidValue('spec.dockerImageRepository', repo, 'invalid reference format'));
    else if (ref.tag) causes.push(invalidValue('spec.dockerImageRepository', repo, 'the repository name may not contain a tag'));
    else if (ref.digest) causes.push(invalidValue('spec.dockerImageRepository', repo, 'the repository name may not contain an ID'));
  }
  for (const tag of stream.spec.tags ?? []) causes.push(...validateTagReference(tag, `spec.tags[${tag.name}]`));
  return causes;
}
