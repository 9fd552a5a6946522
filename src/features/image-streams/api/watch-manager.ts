import type { QueryClient } from '@tanstack/react-query';
import { startStreamWatchSession } from './stream-watch-session';
import { startWatchSession } from './watch-session';
import type { LiveState, LiveStatus } from './watch-session';

export interface WatchManagerOptions {
  /** How long a watch nobody uses stays open, so moving from the list to a details page keeps it. */
  lingerMs: number;
  flushMs: number;
}

interface Entry {
  users: number;
  stop: (() => void) | undefined;
  linger: ReturnType<typeof setTimeout> | undefined;
  /** Replaced, never mutated: it is a useSyncExternalStore snapshot. */
  state: LiveState;
  listeners: Set<() => void>;
}

const CONNECTING: LiveState = { status: 'connecting', error: undefined };

export type WatchManager = ReturnType<typeof createWatchManager>;

/** A watch's key: the namespace ('' = all), or `namespace/name` for one stream on its own (no namespace has a `/`). */
export const watchKey = (namespace: string, name?: string): string => (name === undefined ? namespace : `${namespace}/${name}`);

/**
 * One watch per namespace key ('' = all namespaces), or per stream watched on its own, shared by
 * every view that joins it. Each open watch holds one of the browser's six HTTP/1.1 connections per
 * origin, so an idle one is closed as soon as another is joined: at most two exist at once.
 */
export function createWatchManager(queryClient: QueryClient, options: WatchManagerOptions = { lingerMs: 1000, flushMs: 100 }) {
  const entries = new Map<string, Entry>();

  const entryFor = (key: string): Entry => {
    let entry = entries.get(key);
    if (!entry) {
      entry = { users: 0, stop: undefined, linger: undefined, state: CONNECTING, listeners: new Set() };
      entries.set(key, entry);
    }
    return entry;
  };

  const setStatus = (entry: Entry, status: LiveStatus, error?: unknown) => {
    if (entry.state.status === status && entry.state.error === error) return;
    entry.state = { status, error };
    for (const listener of entry.listeners) listener();
  };

  const close = (key: string, entry: Entry) => {
    clearTimeout(entry.linger);
    entry.linger = undefined;
    entry.stop?.();
    entry.stop = undefined;
    if (entry.listeners.size === 0) entries.delete(key);
    else setStatus(entry, 'offline');
  };

  return {
    /**
     * Joins the namespace's watch, or with a name that one stream's, opening it if needed; returns
     * the function to leave it.
     */
    join(namespace: string, name?: string): () => void {
      const key = watchKey(namespace, name);
      const entry = entryFor(key);
      entry.users += 1;
      clearTimeout(entry.linger);
      entry.linger = undefined;
      for (const [other, otherEntry] of entries) {
        if (other !== key && otherEntry.users === 0 && otherEntry.stop) close(other, otherEntry);
      }
      if (!entry.stop) {
        const sessionOptions = { flushMs: options.flushMs, onStatus: (status: LiveStatus, error?: unknown) => setStatus(entry, status, error) };
        entry.stop =
          name === undefined
            ? startWatchSession(queryClient, namespace, sessionOptions)
            : startStreamWatchSession(queryClient, namespace, name, sessionOptions);
      }
      let left = false;
      return () => {
        if (left) return;
        left = true;
        entry.users -= 1;
        if (entry.users === 0) entry.linger = setTimeout(() => close(key, entry), options.lingerMs);
      };
    },
    /** Whether the namespace's own watch is open (joined, or lingering after the last view left). */
    isOpen: (namespace: string): boolean => entries.get(namespace)?.stop !== undefined,
    status: (key: string): LiveStatus => (entries.get(key)?.state ?? CONNECTING).status,
    /** The status with the error behind it, as one object that changes only when either does. */
    state: (key: string): LiveState => entries.get(key)?.state ?? CONNECTING,
    subscribe(key: string, listener: () => void): () => void {
      const entry = entryFor(key);
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
        if (entry.listeners.size === 0 && entry.users === 0 && !entry.stop) entries.delete(key);
      };
    },
    /** Open watches, for tests and diagnostics. */
    openNamespaces: (): string[] => [...entries].filter(([, entry]) => entry.stop).map(([key]) => key),
  };
}

const managers = new WeakMap<QueryClient, WatchManager>();

/** Watches belong to a QueryClient: each test's fresh client gets its own. */
export function watchManagerFor(queryClient: QueryClient): WatchManager {
  let manager = managers.get(queryClient);
  if (!manager) {
    manager = createWatchManager(queryClient);
    managers.set(queryClient, manager);
  }
  return manager;
}
