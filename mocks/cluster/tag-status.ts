// status.tags bookkeeping: history is newest first, a success clears the tag's conditions, and tags
// that track another tag of the same stream follow it (the server's UpdateTrackingTags).
import type { ImageStream, NamedTagEventList, TagEvent, TagEventCondition, TagReference } from './types';

export function statusTag(stream: ImageStream, tag: string): NamedTagEventList {
  stream.status ??= {};
  stream.status.tags ??= [];
  let entry = stream.status.tags.find((t) => t.tag === tag);
  if (!entry) {
    entry = { tag, items: null };
    stream.status.tags.push(entry);
    stream.status.tags.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  }
  return entry;
}

/** Prepends an event unless it names the image the tag already has; returns whether history grew. */
export function addTagEvent(stream: ImageStream, tag: string, event: TagEvent): boolean {
  const entry = statusTag(stream, tag);
  delete entry.conditions;
  const current = entry.items?.[0];
  if (current && current.dockerImageReference === event.dockerImageReference && current.image === event.image) {
    current.generation = Math.max(current.generation, event.generation);
    return false;
  }
  entry.items = [event, ...(entry.items ?? [])];
  return true;
}

export function setImportFailure(stream: ImageStream, tag: string, condition: TagEventCondition): void {
  const entry = statusTag(stream, tag);
  entry.conditions = [condition];
}

export function removeStatusTag(stream: ImageStream, tag: string): void {
  if (stream.status?.tags) stream.status.tags = stream.status.tags.filter((t) => t.tag !== tag);
}

/** The tag a same-stream ImageStreamTag reference points at, if `ref` is one. */
export function trackedTag(stream: ImageStream, ref: TagReference): string | undefined {
  const from = ref.from;
  if (from?.kind !== 'ImageStreamTag' || !from.name) return undefined;
  if (from.namespace && from.namespace !== stream.metadata.namespace) return undefined;
  const parts = from.name.split(':');
  if (parts.length === 1) return parts[0];
  if (parts.length === 2 && parts[0] === stream.metadata.name) return parts[1];
  return undefined;
}

export function updateTrackingTags(stream: ImageStream, changedTag: string, now: string, depth = 0): void {
  if (depth > 10) return;
  const source = stream.status?.tags?.find((t) => t.tag === changedTag)?.items?.[0];
  if (!source) return;
  for (const ref of stream.spec.tags ?? []) {
    if (ref.name === changedTag || trackedTag(stream, ref) !== changedTag) continue;
    const grew = addTagEvent(stream, ref.name, {
      created: now,
      dockerImageReference: source.dockerImageReference,
      image: source.image,
      generation: ref.generation ?? 0,
    });
    if (grew) updateTrackingTags(stream, ref.name, now, depth + 1);
  }
}

/** A tag is waiting for an import when its spec generation is newer than anything observed. */
export function needsImport(stream: ImageStream, ref: TagReference): boolean {
  if (ref.from?.kind !== 'DockerImage' || ref.reference) return false;
  const entry = stream.status?.tags?.find((t) => t.tag === ref.name);
  const observed = Math.max(
    entry?.items?.[0]?.generation ?? -1,
    ...(entry?.conditions ?? []).map((c) => c.generation),
  );
  return (ref.generation ?? 0) > observed;
}
