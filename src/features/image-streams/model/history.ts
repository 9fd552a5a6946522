// Tag history: newest first, with what changed between an item and the one before it; and the
// merged timeline of every tag the console shows, sorted by time.
import type { ImageStream, TagEvent } from '../api/schemas';

export interface HistoryChange {
  /** The previous image, when the digest moved. */
  digestFrom?: string;
  /** The previous source repository, when the image came from somewhere else. */
  sourceFrom?: string;
}

export interface HistoryEntry {
  tag: string;
  event: TagEvent;
  /** Position in the tag's history: 0 is the current image. */
  index: number;
  isCurrent: boolean;
  /** Compared with the next older item of the same tag; undefined for the oldest. */
  change?: HistoryChange;
}

/** The repository part of a pull spec: everything before `@digest` or `:tag`. */
export function sourceRepository(pullSpec: string): string {
  const at = pullSpec.indexOf('@');
  if (at >= 0) return pullSpec.slice(0, at);
  const slash = pullSpec.lastIndexOf('/');
  const colon = pullSpec.lastIndexOf(':');
  return colon > slash ? pullSpec.slice(0, colon) : pullSpec;
}

export function describeChange(newer: TagEvent, older: TagEvent): HistoryChange {
  const change: HistoryChange = {};
  if (newer.image !== older.image) change.digestFrom = older.image;
  const before = sourceRepository(older.dockerImageReference);
  if (sourceRepository(newer.dockerImageReference) !== before) change.sourceFrom = before;
  return change;
}

export function tagHistory(tag: string, items: TagEvent[] | null | undefined): HistoryEntry[] {
  const list = items ?? [];
  return list.map((event, index) => {
    const older = list[index + 1];
    return { tag, event, index, isCurrent: index === 0, change: older ? describeChange(event, older) : undefined };
  });
}

/** Every item of every tag, newest first; ties keep tag order so the view does not jump. */
export function mergedTimeline(stream: ImageStream): HistoryEntry[] {
  const entries = (stream.status?.tags ?? []).flatMap((t) => tagHistory(t.tag, t.items));
  return entries
    .map((entry, order) => ({ entry, order, time: Date.parse(entry.event.created) || 0 }))
    .sort((a, b) => b.time - a.time || a.order - b.order)
    .map(({ entry }) => entry);
}
