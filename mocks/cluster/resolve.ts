// Tags that need no import get their image at once: reference DockerImage tags record the pull spec,
// ImageStreamTag and ImageStreamImage tags copy the source's image. Errors here are what the real
// server reports from validateTagsAndLimits: one InternalError cause with the path inside the message.
import type { ClusterContext } from './context';
import { isoTime } from './clock';
import { parseStreamImage, parseStreamTag } from './names';
import type { StatusCause } from './status-error';
import { addTagEvent, updateTrackingTags } from './tag-status';
import type { ImageStream, TagEvent, TagReference } from './types';

const FORM = 'must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>';

function lookup(ctx: ClusterContext, self: ImageStream, namespace: string, stream: string): ImageStream | undefined {
  if (namespace === self.metadata.namespace && stream === self.metadata.name) return self;
  return ctx.store.get(namespace, stream);
}

function resolveTag(ctx: ClusterContext, stream: ImageStream, ref: TagReference, path: string): { event?: Omit<TagEvent, 'created' | 'generation'>; problem?: string } {
  const from = ref.from;
  if (!from?.name) return {};
  if (from.kind === 'DockerImage') return ref.reference ? { event: { dockerImageReference: from.name, image: '' } } : {};
  const namespace = from.namespace || (stream.metadata.namespace ?? '');
  const quoted = JSON.stringify(from.name);
  if (namespace !== stream.metadata.namespace && !ctx.rbac.allowed('get', 'imagestreams/layers', namespace))
    return { problem: `${path}.from: Forbidden: ${JSON.stringify(`${namespace}/${from.name}`)}: you may not pull images from namespace ${JSON.stringify(namespace)}` };
  if (from.kind === 'ImageStreamTag') {
    const parsed = parseStreamTag(from.name);
    if (!parsed) return { problem: `${path}.from.name: Invalid value: ${quoted}: ${FORM}` };
    const source = lookup(ctx, stream, namespace, parsed.stream ?? (stream.metadata.name ?? ''));
    if (!source) return { problem: `${path}.from.name: Not found: ${JSON.stringify(`${namespace}/${parsed.stream}`)}: imagestreams.image.openshift.io ${JSON.stringify(parsed.stream)} not found` };
    const current = source.status?.tags?.find((t) => t.tag === parsed.tag)?.items?.[0];
    return current ? { event: { dockerImageReference: current.dockerImageReference, image: current.image } } : {};
  }
  if (from.kind === 'ImageStreamImage') {
    const parsed = parseStreamImage(from.name);
    if (!parsed) return { problem: `${path}.from.name: Invalid value: ${quoted}: ${FORM}` };
    const source = lookup(ctx, stream, namespace, parsed.stream ?? (stream.metadata.name ?? ''));
    if (!source) return { problem: `${path}.from.name: Not found: ${JSON.stringify(`${namespace}/${parsed.stream}`)}: imagestreams.image.openshift.io ${JSON.stringify(parsed.stream)} not found` };
    const matches = source.status?.tags?.flatMap((t) => t.items ?? []).filter((i) => i.image && i.image.startsWith(parsed.id)) ?? [];
    // ResolveImageID: a prefix must name exactly one image.
    const images = [...new Set(matches.map((i) => i.image))].sort();
    if (images.length > 1)
      return { problem: `${path}.from.name: Invalid value: ${quoted}: multiple images match the prefix ${JSON.stringify(parsed.id)}: ${images.join(', ')}` };
    const item = matches[0];
    if (!item) return { problem: `${path}.from.name: Not found: ${quoted}: imagestreamimages.image.openshift.io ${quoted} not found` };
    return { event: { dockerImageReference: item.dockerImageReference, image: item.image } };
  }
  return {};
}

/** Resolves the tags named in `tags` (all spec tags when omitted) into `stream.status`; returns the 422 cause, if any. */
export function resolveSpecTags(ctx: ClusterContext, stream: ImageStream, tags?: Set<string>): StatusCause | undefined {
  const problems: string[] = [];
  const now = isoTime(ctx.clock.now());
  for (const ref of stream.spec.tags ?? []) {
    if (tags && !tags.has(ref.name)) continue;
    const { event, problem } = resolveTag(ctx, stream, ref, `spec.tags[${ref.name}]`);
    if (problem) problems.push(problem);
    if (event && addTagEvent(stream, ref.name, { ...event, created: now, generation: ref.generation ?? 0 }))
      updateTrackingTags(stream, ref.name, now);
  }
  if (problems.length === 0) return undefined;
  const inner = `ImageStream.image.openshift.io ${JSON.stringify(stream.metadata.name)} is invalid: ${problems.length > 1 ? `[${problems.join(', ')}]` : problems[0]}`;
  return { reason: 'InternalError', message: `Internal error occurred: ${inner}`, field: '' };
}
