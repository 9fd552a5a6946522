// The list's filters and sort as URL search params, so every view can be linked and reloaded.
// Defaults are left out of the URL: `#/ns/demo/imagestreams` stays the plain link.
import { SORT_KEYS, type SortDirection, type SortKey } from './list-view';

export interface ListParams {
  name: string;
  labels: string;
  sort: SortKey;
  direction: SortDirection;
}

export const DEFAULT_LIST_PARAMS: ListParams = { name: '', labels: '', sort: 'name', direction: 'asc' };

const KEYS: Record<keyof ListParams, string> = { name: 'name', labels: 'labels', sort: 'sort', direction: 'dir' };

const isSortKey = (value: string | null): value is SortKey => SORT_KEYS.includes(value as SortKey);

export function readListParams(search: URLSearchParams): ListParams {
  const sort = search.get(KEYS.sort);
  return {
    name: search.get(KEYS.name) ?? '',
    labels: search.get(KEYS.labels) ?? '',
    sort: isSortKey(sort) ? sort : DEFAULT_LIST_PARAMS.sort,
    direction: search.get(KEYS.direction) === 'desc' ? 'desc' : 'asc',
  };
}

/** A copy of `search` with `patch` applied, own params in a fixed order; params of others are kept. */
export function writeListParams(search: URLSearchParams, patch: Partial<ListParams>): URLSearchParams {
  const merged = { ...readListParams(search), ...patch };
  const next = new URLSearchParams(search);
  for (const key of Object.values(KEYS)) next.delete(key);
  for (const field of Object.keys(KEYS) as (keyof ListParams)[]) {
    if (merged[field] !== DEFAULT_LIST_PARAMS[field]) next.append(KEYS[field], merged[field]);
  }
  return next;
}
