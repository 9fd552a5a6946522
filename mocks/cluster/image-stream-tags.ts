// imagestreamtags (get, list, PUT to retag or roll back, DELETE) and imagestreamimages (get): views of
// one stream's tag or history item. imagestreamtags cannot be watched: clients watch the stream.
import type { ClusterContext } from './context';
import { imageFor } from './images';
import { createImageStream, updateImageStream } from './image-streams';
import { parseStreamImage } from './names';
import { alreadyExists, badRequest, notFound, StatusError } from './status-error';
import type { ImageStream, TagReference } from './types';

const ISTAG_FORM = 'ImageStreamTags must be retrieved with <name>:<tag>';

function splitTagName(name: string): { stream: string; tag: string } {
  const parts = name.split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1] || name.includes('@')) throw badRequest(ISTAG_FORM);
  return { stream: parts[0], tag: parts[1] };
}

function toImageStreamTag(stream: ImageStream, tag: string, withImage = true) {
  const ref = stream.spec.tags?.find((t) => t.name === tag) ?? null;
  const status = stream.status?.tags?.find((t) => t.tag === tag);
  const event = status?.items?.[0];
  return {
    kind: 'ImageStreamTag',
    apiVersion: 'image.openshift.io/v1',
    metadata: {
      name: `${stream.metadata.name}:${tag}`,
      namespace: stream.metadata.namespace,
      uid: stream.metadata.uid,
      resourceVersion: stream.metadata.resourceVersion,
      creationTimestamp: event?.created ?? stream.metadata.creationTimestamp,
      ...(ref?.annotations ? { annotations: ref.annotations } : {}),
    },
    tag: ref,
    generation: event?.generation ?? ref?.generation ?? 0,
    lookupPolicy: stream.spec.lookupPolicy ?? { local: false },
    ...(status?.conditions ? { conditions: status.conditions } : {}),
    image: withImage && event ? imageFor(event) : { metadata: { name: event?.image ?? '' }, dockerImageReference: event?.dockerImageReference ?? '' },
  };
}

export function getImageStreamTag(ctx: ClusterContext, namespace: string, name: string) {
  ctx.rbac.check('get', 'imagestreamtags', namespace);
  const { stream: streamName, tag } = splitTagName(name);
  const stream = ctx.store.get(namespace, streamName);
  if (!stream) throw notFound('imagestreams', streamName);
  if (!stream.status?.tags?.find((t) => t.tag === tag)?.items?.[0]) throw notFound('imagestreamtags', name);
  return toImageStreamTag(stream, tag);
}

export function listImageStreamTags(ctx: ClusterContext, namespace: string) {
  ctx.rbac.check('list', 'imagestreamtags', namespace);
  const items = ctx.store
    .list(namespace)
    .flatMap((s) => (s.status?.tags ?? []).filter((t) => t.items?.[0]).map((t) => toImageStreamTag(s, t.tag, false)));
  return { kind: 'ImageStreamTagList', apiVersion: 'image.openshift.io/v1', metadata: { resourceVersion: ctx.store.currentRv() }, items };
}

interface ImageStreamTagBody {
  metadata?: { name?: string; resourceVersion?: string; annotations?: Record<string, string> };
  tag?: TagReference | null;
}

export function putImageStreamTag(ctx: ClusterContext, namespace: string, name: string, raw: unknown, options: { dryRun?: boolean } = {}) {
  ctx.rbac.check('update', 'imagestreamtags', namespace);
  const { stream: streamName, tag } = splitTagName(name);
  const body = (raw ?? {}) as ImageStreamTagBody;
  if (body.metadata?.name && body.metadata.name !== name)
    throw badRequest(`the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`);
  if (!body.tag) throw new StatusError(422, 'Invalid', `ImageStreamTag.image.openshift.io ${JSON.stringify(name)} is invalid: tag: Required value`, { name, group: 'image.openshift.io', kind: 'ImageStreamTag', causes: [{ reason: 'FieldValueRequired', message: 'Required value', field: 'tag' }] });
  const nextTag: TagReference = { ...body.tag, name: tag, generation: 0 };
  const existing = ctx.store.get(namespace, streamName);
  if (!existing) {
    const created = createImageStream(ctx, namespace, { metadata: { name: streamName }, spec: { tags: [nextTag] } }, options);
    return toImageStreamTag(created, tag);
  }
  const rv = body.metadata?.resourceVersion;
  if (rv && rv !== existing.metadata.resourceVersion)
    throw new StatusError(409, 'Conflict', `Operation cannot be fulfilled on imagestreamtags.image.openshift.io ${JSON.stringify(name)}: another caller has updated the resource version to ${existing.metadata.resourceVersion}`, { name, group: 'image.openshift.io', kind: 'imagestreamtags' });
  const next = structuredClone(existing);
  next.spec.tags = [...(next.spec.tags ?? []).filter((t) => t.name !== tag), nextTag];
  const updated = updateImageStream(ctx, namespace, streamName, next, { ...options, requireResourceVersion: false });
  return toImageStreamTag(updated, tag);
}

/** POST: like PUT, but the tag must not exist in spec yet (409 AlreadyExists otherwise). */
export function createImageStreamTag(ctx: ClusterContext, namespace: string, raw: unknown, options: { dryRun?: boolean } = {}) {
  const name = (raw as ImageStreamTagBody | null)?.metadata?.name ?? '';
  const { stream, tag } = splitTagName(name);
  if (ctx.store.get(namespace, stream)?.spec.tags?.some((t) => t.name === tag)) throw alreadyExists('imagestreamtags', name);
  return putImageStreamTag(ctx, namespace, name, raw, options);
}

export function deleteImageStreamTag(ctx: ClusterContext, namespace: string, name: string) {
  ctx.rbac.check('delete', 'imagestreamtags', namespace);
  const { stream: streamName, tag } = splitTagName(name);
  const existing = ctx.store.get(namespace, streamName);
  if (!existing) throw notFound('imagestreams', streamName);
  const inSpec = existing.spec.tags?.some((t) => t.name === tag);
  const inStatus = existing.status?.tags?.some((t) => t.tag === tag);
  if (!inSpec && !inStatus) throw notFound('imagestreamtags', name);
  const next = structuredClone(existing);
  next.spec.tags = (next.spec.tags ?? []).filter((t) => t.name !== tag);
  if (inSpec) updateImageStream(ctx, namespace, streamName, next, { requireResourceVersion: false });
  else {
    // A pushed tag has no spec: only its status goes, which an update of the spec would not touch.
    if (next.status?.tags) next.status.tags = next.status.tags.filter((t) => t.tag !== tag);
    ctx.store.write('MODIFIED', next);
  }
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name, group: 'image.openshift.io', kind: 'imagestreamtags' } };
}

export function getImageStreamImage(ctx: ClusterContext, namespace: string, name: string) {
  ctx.rbac.check('get', 'imagestreamimages', namespace);
  const parsed = parseStreamImage(name);
  if (!parsed?.stream) throw badRequest('ImageStreamImages must be retrieved with <name>@<id>');
  const stream = ctx.store.get(namespace, parsed.stream);
  if (!stream) throw notFound('imagestreams', parsed.stream);
  const item = stream.status?.tags?.flatMap((t) => t.items ?? []).find((i) => i.image && i.image.startsWith(parsed.id));
  if (!item) throw notFound('imagestreamimages', name);
  return {
    kind: 'ImageStreamImage',
    apiVersion: 'image.openshift.io/v1',
    metadata: { name: `${parsed.stream}@${item.image}`, namespace, uid: stream.metadata.uid, creationTimestamp: item.created },
    image: imageFor(item),
  };
}
