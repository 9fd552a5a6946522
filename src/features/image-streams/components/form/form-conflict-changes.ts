// What changed on the server between the object an edit started from and the object there now,
// field by field, with values as text a person can read.
import type { ImageStream } from '../../api/schemas';
import { asArray, asRecord, asString, isRecord, without } from '../../form/object-access';
import { tagOfPath } from './form-change-labels';

export interface ServerChange {
  /** `spec.tags[latest].from.name`; a whole tag added or removed is one change at `spec.tags[latest]`. */
  path: string;
  /** The value when the edit began; undefined when the field was added. */
  before?: string;
  /** The value on the server now; undefined when the field was removed. */
  after?: string;
}

// Bookkeeping the server does on every write; they say nothing about what a person changed.
const NOISE = new Set(['generation']);

function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => flatten(item, `${path}[${i}]`, out));
    return;
  }
  if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) if (!NOISE.has(key)) flatten(child, path ? `${path}.${key}` : key, out);
    return;
  }
  out.set(path, typeof value === 'string' ? value : JSON.stringify(value));
}

/** One line for a whole tag: where its image comes from. */
function tagSummary(tag: Record<string, unknown>): string {
  if (!isRecord(tag.from)) return 'no source (builds or pushes fill it)';
  const from = tag.from;
  const namespace = asString(from.namespace);
  return `${asString(from.kind)} ${namespace ? `${namespace}/` : ''}${asString(from.name)}`;
}

/** The parts of a stream a person edits (labels, annotations, spec) by path, as display text. */
export function editableFields(stream: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const { labels, annotations, deletionTimestamp } = asRecord(asRecord(stream).metadata);
  const { tags, ...spec } = asRecord(asRecord(stream).spec);
  flatten({ metadata: { labels, annotations, deletionTimestamp }, spec }, '', out);
  // Tags are known by name (the server keeps them sorted by it), not by position.
  for (const tag of asArray(tags).filter(isRecord)) {
    const path = `spec.tags[${asString(tag.name)}]`;
    out.set(path, tagSummary(tag));
    flatten(without(tag, ['name']), path, out);
  }
  return out;
}

export function serverChanges(before: ImageStream, after: ImageStream): ServerChange[] {
  const old = editableFields(before);
  const now = editableFields(after);
  const changes: ServerChange[] = [];
  for (const path of new Set([...old.keys(), ...now.keys()])) {
    const was = old.get(path);
    const is = now.get(path);
    const tag = tagOfPath(path);
    if (tag === path) {
      // Only a tag added or removed as a whole; its fields speak for themselves otherwise.
      if ((was === undefined) !== (is === undefined)) changes.push({ path, before: was, after: is });
    } else if (tag && (!old.has(tag) || !now.has(tag))) continue;
    else if (was !== is) changes.push({ path, before: was, after: is });
  }
  return changes;
}
