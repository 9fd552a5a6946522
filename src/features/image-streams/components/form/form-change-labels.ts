// The paths of what changed on the server (`spec.tags[latest].from.name`), named the way the form
// names the field (`Tag latest › Source name`), so a person can find it on the page.
import { TAG_ANNOTATION_FIELDS } from '../../form/tag-schema';

const SEP = ' › ';

const TAG_FIELDS: Record<string, string> = {
  'from.kind': 'Source',
  'from.name': 'Source name',
  'from.namespace': 'Source namespace',
  reference: 'Reference only',
  'importPolicy.scheduled': 'Scheduled',
  'importPolicy.insecure': 'Insecure registry',
  'importPolicy.importMode': 'Import mode',
  'referencePolicy.type': 'Reference policy',
};

const STREAM_FIELDS: Record<string, string> = {
  'spec.lookupPolicy.local': 'Lookup policy',
  'metadata.deletionTimestamp': 'Deleted',
  'spec.tags': 'Tags',
};

const TAG_PATH = /^spec\.tags\[([^\]]*)\](?:\.(.+))?$/;

/** `spec.tags[latest]`, the part of a path that names one tag, if it does. */
export function tagOfPath(path: string): string | undefined {
  const match = TAG_PATH.exec(path);
  return match ? `spec.tags[${match[1] ?? ''}]` : undefined;
}

function tagFieldLabel(tag: string, field: string): string {
  const annotation = /^annotations\.(.+)$/.exec(field)?.[1];
  if (annotation !== undefined) {
    const own = (TAG_ANNOTATION_FIELDS as Record<string, string>)[annotation];
    return own ? `Tag ${tag}${SEP}${own}` : `Tag ${tag}${SEP}Annotation ${annotation}`;
  }
  return `Tag ${tag}${SEP}${TAG_FIELDS[field] ?? field}`;
}

/** A readable label for a changed path; a path the form has no field for stays as it is. */
export function changeLabel(path: string): string {
  const tag = TAG_PATH.exec(path);
  if (tag) return tag[2] === undefined ? `Tag ${tag[1] ?? ''}` : tagFieldLabel(tag[1] ?? '', tag[2]);
  const meta = /^metadata\.(labels|annotations)\.(.+)$/.exec(path);
  if (meta) return `${meta[1] === 'labels' ? 'Labels' : 'Annotations'}${SEP}${meta[2] ?? ''}`;
  return STREAM_FIELDS[path] ?? path;
}
