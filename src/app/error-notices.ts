import { useSyncExternalStore } from 'react';

export interface ErrorNotice {
  id: number;
  title: string;
  message: string;
}

type Listener = () => void;

// One store outside React so QueryCache/MutationCache onError (created before any component) can feed it.
export function createErrorNotices() {
  let notices: readonly ErrorNotice[] = [];
  let nextId = 1;
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((listener) => listener());

  return {
    push(title: string, message: string) {
      const last = notices.at(-1);
      // A burst of failing queries after one outage should read as one notice, not a stack of copies.
      if (last && last.title === title && last.message === message) return;
      notices = [...notices, { id: nextId++, title, message }].slice(-3);
      emit();
    },
    dismiss(id: number) {
      notices = notices.filter((notice) => notice.id !== id);
      emit();
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => notices,
  };
}

export type ErrorNoticeStore = ReturnType<typeof createErrorNotices>;

export function useErrorNotices(store: ErrorNoticeStore): readonly ErrorNotice[] {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
