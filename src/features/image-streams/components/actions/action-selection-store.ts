import { useSyncExternalStore } from 'react';

export interface StreamRef {
  namespace: string;
  name: string;
}

// Outside React so a checkbox in a virtualized row and the toolbar share it without props through the table.
let selected: readonly StreamRef[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());
const same = (a: StreamRef, b: StreamRef) => a.namespace === b.namespace && a.name === b.name;

export function toggleSelected(ref: StreamRef): void {
  selected = selected.some((s) => same(s, ref)) ? selected.filter((s) => !same(s, ref)) : [...selected, ref];
  emit();
}

export function clearSelected(): void {
  selected = [];
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const useSelectedStreams = () => useSyncExternalStore(subscribe, () => selected);
export const useIsSelected = (ref: StreamRef) => useSyncExternalStore(subscribe, () => selected.some((s) => same(s, ref)));
