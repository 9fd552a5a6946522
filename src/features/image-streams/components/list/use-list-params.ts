import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { readListParams, writeListParams, type ListParams } from '../../model/list-params';
import type { SortDirection, SortKey } from '../../model/list-view';

// Marks URL updates made while typing. Router updates land in a transition, a keystroke or two behind
// the input; the input keeps its own text and only takes the URL's after someone else's navigation
// (back, forward, a link, "Clear filters").
const TYPING = { listFilterTyping: true };
const URL_DELAY_MS = 300;
const isTyping = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'listFilterTyping' in state;

export interface ListParamsControls {
  /** Filter text as typed (may be ahead of the URL) and sort from the URL. */
  params: ListParams;
  setName: (name: string) => void;
  setLabels: (labels: string) => void;
  setSort: (sort: SortKey, direction: SortDirection) => void;
  clearFilters: () => void;
}

export function useListParams(): ListParamsControls {
  const [search, setSearchNow] = useSearchParams();
  // react-router's setter changes with every URL update (each pause in typing). Callers get stable
  // callbacks, so the memoized table header (whose PatternFly cells measure themselves on every
  // render) stays put while the URL catches up with the filter.
  const latestSetSearch = useRef(setSearchNow);
  useEffect(() => {
    latestSetSearch.current = setSearchNow;
  }, [setSearchNow]);
  const setSearch: typeof setSearchNow = useCallback((...args) => latestSetSearch.current(...args), []);
  const location = useLocation();
  const fromUrl = useMemo(() => readListParams(search), [search]);
  const [text, setText] = useState({ name: fromUrl.name, labels: fromUrl.labels });
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (!isTyping(location.state)) setText({ name: fromUrl.name, labels: fromUrl.labels });
  }

  // The URL follows the text after a pause: a navigation per keystroke re-renders the whole route
  // (and the 10,000-row list with it), which made typing lag; the rows filter on the text at once.
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; patch: Pick<Partial<ListParams>, 'name' | 'labels'> }>({ patch: {} });
  useEffect(() => () => clearTimeout(pending.current.timer), []);
  const type = useCallback(
    (patch: Pick<Partial<ListParams>, 'name' | 'labels'>) => {
      setText((current) => ({ ...current, ...patch }));
      const next = pending.current;
      next.patch = { ...next.patch, ...patch };
      clearTimeout(next.timer);
      next.timer = setTimeout(() => {
        const flushed = next.patch;
        next.patch = {};
        setSearch((current) => writeListParams(current, flushed), { replace: true, state: TYPING });
      }, URL_DELAY_MS);
    },
    [setSearch],
  );

  return {
    params: { ...fromUrl, name: text.name, labels: text.labels },
    setName: useCallback((name: string) => type({ name }), [type]),
    setLabels: useCallback((labels: string) => type({ labels }), [type]),
    setSort: useCallback(
      (sort: SortKey, direction: SortDirection) => setSearch((current) => writeListParams(current, { sort, direction })),
      [setSearch],
    ),
    clearFilters: useCallback(() => {
      // Typing still waiting for its URL update must not bring the filter back.
      clearTimeout(pending.current.timer);
      pending.current.patch = {};
      setSearch((current) => writeListParams(current, { name: '', labels: '' }), { replace: true });
    }, [setSearch]),
  };
}
