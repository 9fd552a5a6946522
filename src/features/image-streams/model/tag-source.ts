// Where a tag's image comes from, in words and, for another stream's tag, as a place to link to.
import type { ImageStream, TagReference } from '../api/schemas';

export interface TagSource {
  kind: string;
  name: string;
  namespace?: string;
  /** Set when the source is a tag or image of a stream the dashboard can show. */
  link?: { namespace: string; stream: string; tag?: string; image?: string };
}

export function tagSource(stream: ImageStream, spec: TagReference | undefined): TagSource | undefined {
  const from = spec?.from;
  if (!from) return undefined;
  const namespace = from.namespace || stream.metadata.namespace || '';
  if (from.kind === 'ImageStreamTag') {
    const [first, second] = from.name.split(':');
    const link = second === undefined ? { namespace, stream: stream.metadata.name, tag: first } : { namespace, stream: first ?? '', tag: second };
    return { kind: from.kind, name: from.name, namespace: from.namespace, link };
  }
  if (from.kind === 'ImageStreamImage') {
    const [first, second] = from.name.split('@');
    const link = second === undefined ? { namespace, stream: stream.metadata.name, image: first } : { namespace, stream: first ?? '', image: second };
    return { kind: from.kind, name: from.name, namespace: from.namespace, link };
  }
  return { kind: from.kind, name: from.name, namespace: from.namespace };
}
