// Objects, resourceVersions, and a bounded event history that watches resume from (older ones get 410).
import type { ImageStream, WatchEventType } from './types';

export interface StoredEvent {
  type: Exclude<WatchEventType, 'BOOKMARK' | 'ERROR'>;
  object: ImageStream;
  rv: number;
}

export type Listener = (event: StoredEvent) => void;

export interface Store {
  currentRv(): string;
  get(namespace: string, name: string): ImageStream | undefined;
  list(namespace?: string): ImageStream[];
  count(): number;
  /** Stores a new version of the object, assigning its resourceVersion. */
  write(type: 'ADDED' | 'MODIFIED', object: ImageStream): ImageStream;
  remove(object: ImageStream): ImageStream;
  /** Events after `rv`, or 'expired' when the history no longer reaches back that far. */
  eventsSince(rv: number): StoredEvent[] | 'expired';
  isCompacted(rv: number): boolean;
  subscribe(listener: Listener): () => void;
  /** Forgets the event history, as etcd compaction does; watches from older versions then get 410. */
  compact(): void;
  clear(): void;
}

const keyOf = (namespace: string, name: string) => `${namespace}/${name}`;

export function createStore(historyLimit = 1000): Store {
  const objects = new Map<string, ImageStream>();
  let sortedKeys: string[] | undefined;
  let rv = 1000;
  let compactedThrough = rv;
  let history: StoredEvent[] = [];
  const listeners = new Set<Listener>();

  const record = (event: StoredEvent) => {
    history.push(event);
    if (history.length > historyLimit) {
      const dropped = history.splice(0, history.length - historyLimit);
      compactedThrough = dropped[dropped.length - 1]?.rv ?? compactedThrough;
    }
    for (const listener of [...listeners]) listener(event);
  };

  const keys = () => (sortedKeys ??= [...objects.keys()].sort());

  return {
    currentRv: () => String(rv),
    get: (namespace, name) => objects.get(keyOf(namespace, name)),
    list(namespace) {
      const prefix = namespace === undefined ? undefined : `${namespace}/`;
      const out: ImageStream[] = [];
      for (const key of keys()) if (!prefix || key.startsWith(prefix)) out.push(objects.get(key) as ImageStream);
      return out;
    },
    count: () => objects.size,
    write(type, object) {
      rv += 1;
      const stored = structuredClone(object);
      stored.metadata.resourceVersion = String(rv);
      const key = keyOf(stored.metadata.namespace ?? '', stored.metadata.name ?? '');
      if (!objects.has(key)) sortedKeys = undefined;
      objects.set(key, stored);
      record({ type, object: stored, rv });
      return structuredClone(stored);
    },
    remove(object) {
      rv += 1;
      const key = keyOf(object.metadata.namespace ?? '', object.metadata.name ?? '');
      objects.delete(key);
      sortedKeys = undefined;
      const gone = structuredClone(object);
      gone.metadata.resourceVersion = String(rv);
      record({ type: 'DELETED', object: gone, rv });
      return structuredClone(gone);
    },
    eventsSince(since) {
      if (since < compactedThrough) return 'expired';
      return history.filter((e) => e.rv > since);
    },
    isCompacted: (since) => since < compactedThrough,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    compact() {
      history = [];
      compactedThrough = rv;
    },
    clear() {
      objects.clear();
      sortedKeys = undefined;
      history = [];
      compactedThrough = rv;
    },
  };
}
