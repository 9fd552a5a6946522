import type { ImageStreamListData } from './fetchers';
import type { ImageStream } from './schemas';

export type ImageStreamWatchEvent =
  | { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: ImageStream }
  | { type: 'BOOKMARK'; object: { metadata: { resourceVersion?: string } } };

// The API server returns lists in storage-key order (`<namespace>/<name>`), so plain code-unit
// comparison of that key, not localeCompare, is what keeps inserts where a fresh list would put them.
const sortKey = (stream: ImageStream): string => `${stream.metadata.namespace ?? ''}/${stream.metadata.name}`;

function lowerBound(items: readonly ImageStream[], key: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortKey(items[mid] as ImageStream) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Identity is the uid; the key only locates it. A different uid under the same key is the object
// recreated after a DELETED we never saw, which the new version replaces.
function indexOf(items: readonly ImageStream[], object: ImageStream): { index: number; found: boolean } {
  const key = sortKey(object);
  const index = lowerBound(items, key);
  const at = items[index];
  if (at && sortKey(at) === key) return { index, found: true };
  const uid = object.metadata.uid;
  const elsewhere = uid === undefined ? -1 : items.findIndex((item) => item.metadata.uid === uid);
  return elsewhere === -1 ? { index, found: false } : { index: elsewhere, found: true };
}

/** Applies one event to a mutable copy of the items. */
function applyInPlace(items: ImageStream[], event: ImageStreamWatchEvent): void {
  if (event.type === 'BOOKMARK') return;
  const { index, found } = indexOf(items, event.object);
  if (event.type === 'DELETED') {
    const at = items[index];
    const sameObject = at?.metadata.uid === undefined || event.object.metadata.uid === undefined || at.metadata.uid === event.object.metadata.uid;
    if (found && sameObject) items.splice(index, 1);
  } else if (found) {
    items[index] = event.object;
  } else {
    items.splice(index, 0, event.object);
  }
}

/**
 * Applies watch events to a list in order, copying it once: a burst of events costs one new array
 * and one cache write. resourceVersions are only carried over, never compared.
 */
export function applyWatchEvents(list: ImageStreamListData, events: readonly ImageStreamWatchEvent[]): ImageStreamListData {
  if (events.length === 0) return list;
  const items = [...list.items];
  let resourceVersion = list.resourceVersion;
  for (const event of events) {
    applyInPlace(items, event);
    resourceVersion = event.object.metadata.resourceVersion || resourceVersion;
  }
  return { ...list, items, resourceVersion };
}

/** ADDED/MODIFIED replace or insert by uid in the list's order, DELETED removes, BOOKMARK only moves the resourceVersion. */
export function applyWatchEvent(list: ImageStreamListData, event: ImageStreamWatchEvent): ImageStreamListData {
  return applyWatchEvents(list, [event]);
}
