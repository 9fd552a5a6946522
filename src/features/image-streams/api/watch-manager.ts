import type { QueryClient } from '@tanstack/react-query';
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

/**
 * One watch per namespace key ('' = all namespaces), shared by every view that joins it. Each open
 * watch holds one of the browser's six HTTP/1.1 connections per origin, so an idle one is closed
 * as soon as another namespace is joined: with a list and a details page open, at most two exist.
 */
export function createWatchManager(queryClient: QueryClient, options: WatchManagerOptions = { lingerMs: 1000, flushMs: 100 }) {
  const entries = new Map<string, Entry>();

  const entryFor = (namespace: string): Entry => {
    let entry = entries.get(namespace);
    if (!entry) {
      entry = { users: 0, stop: undefined, linger: undefined, state: CONNECTING, listeners: new Set() };
      entries.set(namespace, entry);
    }
    return entry;
  };

  const setStatus = (entry: Entry, status: LiveStatus, error?: unknown) => {
    if (entry.state.status === status && entry.state.error === error) return;
    entry.state = { status, error };
    for (const listener of entry.listeners) listener();
  };

  const close = (namespace: string, entry: Entry) => {
    clearTimeout(entry.linger);
    entry.linger = undefined;
    entry.stop?.();
    entry.stop = undefined;
    if (entry.listeners.size === 0) entries.delete(namespace);
    else setStatus(entry, 'offline');
  };

  return {
    /** Joins the namespace's watch, opening it if needed; returns the function to leave it. */
    join(namespace: string): () => void {
      const entry = entryFor(namespace);
      entry.users += 1;
      clearTimeout(entry.linger);
      entry.linger = undefined;
      for (const [other, otherEntry] of entries) {
        if (other !== namespace && otherEntry.users === 0 && otherEntry.stop) close(other, otherEntry);
      }
      if (!entry.stop) {
        entry.stop = startWatchSession(queryClient, namespace, {
          flushMs: options.flushMs,
          onStatus: (status, error) => setStatus(entry, status, error),
        });
      }
      let left = false;
      return () => {
        if (left) return;
        left = true;
        entry.users -= 1;
        if (entry.users === 0) entry.linger = setTimeout(() => close(namespace, entry), options.lingerMs);
      };
    },
    status: (namespace: string): LiveStatus => (entries.get(namespace)?.state ?? CONNECTING).status,
    /** The status with the error behind it, as one object that changes only when either does. */
    state: (namespace: string): LiveState => entries.get(namespace)?.state ?? CONNECTING,
    subscribe(namespace: string, listener: () => void): () => void {
      const entry = entryFor(namespace);
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
        if (entry.listeners.size === 0 && entry.users === 0 && !entry.stop) entries.delete(namespace);
      };
    },
    /** Open watches, for tests and diagnostics. */
    openNamespaces: (): string[] => [...entries].filter(([, entry]) => entry.stop).map(([namespace]) => namespace),
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
