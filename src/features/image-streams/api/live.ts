import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { watchManagerFor } from './watch-manager';
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

/** The state of the namespace's shared watch, with the error behind it when it is not live. */
export function useWatchState(namespace: string): LiveState {
  const manager = watchManagerFor(useQueryClient());
  const subscribe = useCallback((listener: () => void) => manager.subscribe(namespace, listener), [manager, namespace]);
  const getSnapshot = () => manager.state(namespace);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/** The status of the namespace's shared watch: 'connecting' until it first opens. */
export function useWatchStatus(namespace: string): LiveStatus {
  return useWatchState(namespace).status;
}
