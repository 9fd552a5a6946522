// Keeps the sorted list up to date as watch batches arrive. A full sort of 10,000 rows costs tens of
// milliseconds and a batch lands every 100 ms; a batch usually changes a few rows in place, so
// those are swapped into the previous order (or moved, when their sort value changed) instead.
import type { ListRow } from './list-rows';
import { rowComparator, sameSortPlace, sortRows, type SortDirection, type SortKey } from './list-view';

/** Beyond this many rows to move, one full sort is cheaper than splicing each into place. */
const MAX_MOVES = 64;

export interface SortedRows {
  input: readonly ListRow[];
  key: SortKey;
  direction: SortDirection;
  sorted: ListRow[];
}

function insertSorted(sorted: ListRow[], row: ListRow, compare: (a: ListRow, b: ListRow) => number): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid] as ListRow, row) <= 0) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, row);
}

/**
 * The rows sorted as sortRows would, reusing `previous` when the input is the previous input with
 * some rows replaced in place (same length, same key at every position), which is what a batch of
 * MODIFIED events makes. Anything else (added or deleted streams, another sort) sorts again.
 */
export function updateSortedRows(previous: SortedRows | undefined, input: readonly ListRow[], key: SortKey, direction: SortDirection): SortedRows {
  const full = (): SortedRows => ({ input, key, direction, sorted: sortRows([...input], key, direction) });
  if (!previous || previous.key !== key || previous.direction !== direction) return full();
  if (previous.input === input) return previous;
  if (previous.input.length !== input.length) return full();
  const replaced = new Map<string, ListRow>();
  const moved = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const next = input[i] as ListRow;
    const before = previous.input[i] as ListRow;
    if (next === before) continue;
    if (next.key !== before.key) return full();
    replaced.set(next.key, next);
    if (!sameSortPlace(before, next, key)) moved.add(next.key);
  }
  if (moved.size > MAX_MOVES) return full();
  if (replaced.size === 0) return { input, key, direction, sorted: previous.sorted };
  const sorted: ListRow[] = [];
  for (const row of previous.sorted) {
    if (!moved.has(row.key)) sorted.push(replaced.get(row.key) ?? row);
  }
  const compare = rowComparator(key, direction);
  for (const rowKey of moved) insertSorted(sorted, replaced.get(rowKey) as ListRow, compare);
  return { input, key, direction, sorted };
}
