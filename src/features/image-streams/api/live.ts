import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { WatchStatus } from '../../../lib/k8s/watch';
import { watchManagerFor } from './watch-manager';

export type { WatchStatus } from '../../../lib/k8s/watch';

/**
 * Keeps `imageStreamQueries.list({namespace})` and the details of its streams live while the
 * calling component is mounted. Every caller of the same namespace shares one watch; ''
 * (ALL_NAMESPACES) watches every namespace.
 */
export function useImageStreamsWatch(namespace: string): void {
  const queryClient = useQueryClient();
  useEffect(() => watchManagerFor(queryClient).join(namespace), [queryClient, namespace]);
}

/** The state of the namespace's shared watch: 'connecting' until it first opens. */
export function useWatchStatus(namespace: string): WatchStatus {
  const manager = watchManagerFor(useQueryClient());
  const subscribe = useCallback((listener: () => void) => manager.subscribe(namespace, listener), [manager, namespace]);
  const getSnapshot = () => manager.status(namespace);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
