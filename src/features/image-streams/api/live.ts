import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { watchKey, watchManagerFor } from './watch-manager';
import type { LiveState, LiveStatus } from './watch-session';

export type { LiveState, LiveStatus as WatchStatus } from './watch-session';

/**
 * Keeps `imageStreamQueries.list({namespace})` and the details of its streams live while the
 * calling component is mounted. Every caller of the same namespace shares one watch; ''
 * (ALL_NAMESPACES) watches every namespace.
 */
export function useImageStreamsWatch(namespace: string): void {
  const queryClient = useQueryClient();
  useEffect(() => watchManagerFor(queryClient).join(namespace), [queryClient, namespace]);
}

/**
 * Keeps one stream's details live, and returns the key of the watch doing it (for useWatchState).
 * When the namespace's watch is open (its list is on screen, or was a moment ago), it is shared;
 * otherwise the stream is watched on its own, so that a details page opened by link in a namespace of
 * 10,000 streams does not load all of them first. Decided when the page opens.
 */
export function useImageStreamWatch(namespace: string, name: string): string {
  const queryClient = useQueryClient();
  // An open watch only: a list still cached from a visit minutes ago would be resumed from an old
  // resourceVersion, likely expired, and the whole namespace listed again for one stream.
  const shared = useMemo(() => watchManagerFor(queryClient).isOpen(namespace), [queryClient, namespace]);
  const alone = shared ? undefined : name;
  useEffect(() => watchManagerFor(queryClient).join(namespace, alone), [queryClient, namespace, alone]);
  return watchKey(namespace, alone);
}

/** The state of a shared watch (a namespace's, or a stream's own: see watchKey), with the error behind it when it is not live. */
export function useWatchState(key: string): LiveState {
  const manager = watchManagerFor(useQueryClient());
  const subscribe = useCallback((listener: () => void) => manager.subscribe(key, listener), [manager, key]);
  const getSnapshot = () => manager.state(key);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/** The status of the namespace's shared watch: 'connecting' until it first opens. */
export function useWatchStatus(key: string): LiveStatus {
  return useWatchState(key).status;
}
