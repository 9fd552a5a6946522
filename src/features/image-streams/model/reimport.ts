import type { ImageStream, TagReference } from '../api/schemas';

/** Why a tag cannot be re-imported, or '' when it can: only DockerImage sources are imported. */
export function reimportBlocker(spec: TagReference | undefined): string {
  if (!spec) return 'This tag was pushed, not imported: it has no source to import from';
  const from = spec.from;
  if (!from) return 'This tag has no source';
  if (from.kind !== 'DockerImage') return `Only DockerImage tags can be re-imported; this one comes from ${from.kind} ${from.name}`;
  return '';
}

export interface ImportImageSpec {
  from: { kind: 'DockerImage'; name: string };
  to: { name: string };
  importPolicy: NonNullable<TagReference['importPolicy']>;
  referencePolicy?: TagReference['referencePolicy'];
}

export interface ImageStreamImportBody {
  kind: 'ImageStreamImport';
  apiVersion: 'image.openshift.io/v1';
  metadata: { name: string; namespace?: string; resourceVersion?: string };
  spec: { import: true; images: ImportImageSpec[] };
}

/** The spec tags to import: the named ones, or every importable one when `tags` is undefined. */
export function importableTags(stream: ImageStream, tags?: string[]): TagReference[] {
  return (stream.spec.tags ?? []).filter((t) => (!tags || tags.includes(t.name)) && !reimportBlocker(t));
}

/** What `oc import-image` sends: one image per tag, preconditioned on the stream's resourceVersion. */
export function importRequest(stream: ImageStream, tags?: string[]): ImageStreamImportBody {
  const images = importableTags(stream, tags).map((t) => ({
    from: { kind: 'DockerImage' as const, name: t.from?.name ?? '' },
    to: { name: t.name },
    importPolicy: { ...t.importPolicy },
    ...(t.referencePolicy ? { referencePolicy: t.referencePolicy } : {}),
  }));
  const { name, namespace, resourceVersion } = stream.metadata;
  return { kind: 'ImageStreamImport', apiVersion: 'image.openshift.io/v1', metadata: { name, namespace, resourceVersion }, spec: { import: true, images } };
}

export type ImportOutcome =
  | { tag: string; kind: 'updated'; from?: string; to: string }
  | { tag: string; kind: 'unchanged'; image?: string }
  | { tag: string; kind: 'failed'; reason: string; message: string };

export interface ImportStatusImage {
  tag?: string;
  status?: { status?: string; reason?: string; message?: string };
}

const currentImage = (stream: ImageStream | undefined, tag: string) => stream?.status?.tags?.find((t) => t.tag === tag)?.items?.[0]?.image || undefined;

/** Per requested tag: new image (old -> new digest), unchanged, or failed with the importer's reason. */
export function importOutcomes(before: ImageStream, request: ImageStreamImportBody, images: ImportStatusImage[], after?: ImageStream): ImportOutcome[] {
  return request.spec.images.map((spec, i) => {
    const tag = spec.to.name;
    const status = images[i]?.status;
    if (status?.status !== 'Success') {
      return { tag, kind: 'failed', reason: status?.reason || 'Unknown', message: status?.message || 'The import did not report a result' };
    }
    const from = currentImage(before, tag);
    const to = currentImage(after, tag);
    return to && to !== from ? { tag, kind: 'updated', from, to } : { tag, kind: 'unchanged', image: from };
  });
}
