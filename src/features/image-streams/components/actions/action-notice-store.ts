import { useSyncExternalStore } from 'react';

// Outside React: a deletion finishes after the row or page that started it may be gone.
let notices: readonly { id: number; text: string }[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function pushActionNotice(text: string): void {
  notices = [...notices, { id: nextId++, text }].slice(-3);
  emit();
}

export function dismissActionNotice(id: number): void {
  notices = notices.filter((notice) => notice.id !== id);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const useActionNotices = () => useSyncExternalStore(subscribe, () => notices);
