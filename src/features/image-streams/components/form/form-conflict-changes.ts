// What changed on the server between the object an edit started from and the object there now,
// as `spec.tags[latest].from.name: "a" -> "b"` lines a person can read.
import type { ImageStream } from '../../api/schemas';
import { asRecord, isRecord } from '../../form/object-access';

export interface ServerChange {
  path: string;
  /** JSON of the old value; undefined when the field was added. */
  before?: string;
  /** JSON of the new value; undefined when the field was removed. */
  after?: string;
}

// Bookkeeping the server does on every write; they say nothing about what a person changed.
const NOISE = new Set(['generation']);

function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    // Tags are known by name (the server keeps them sorted by it), not by position.
    const named = value.every((item) => isRecord(item) && typeof item.name === 'string');
    if (value.length === 0) out.set(path, '[]');
    value.forEach((item, i) => flatten(item, `${path}[${named ? String(asRecord(item).name) : i}]`, out));
    return;
  }
  if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) if (!NOISE.has(key)) flatten(child, path ? `${path}.${key}` : key, out);
    return;
  }
  out.set(path, JSON.stringify(value));
}

/** The parts of a stream a person edits: labels, annotations and spec. */
function editable(stream: ImageStream): Map<string, string> {
  const out = new Map<string, string>();
  const { labels, annotations, deletionTimestamp } = stream.metadata;
  flatten({ metadata: { labels, annotations, deletionTimestamp }, spec: stream.spec }, '', out);
  return out;
}

export function serverChanges(before: ImageStream, after: ImageStream): ServerChange[] {
  const old = editable(before);
  const now = editable(after);
  const changes: ServerChange[] = [];
  for (const [path, value] of old) if (now.get(path) !== value) changes.push({ path, before: value, after: now.get(path) });
  for (const [path, value] of now) if (!old.has(path)) changes.push({ path, after: value });
  return changes;
}
