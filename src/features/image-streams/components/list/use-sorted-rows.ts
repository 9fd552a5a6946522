import { useState } from 'react';
import type { ListRow } from '../../model/list-rows';
import { updateSortedRows, type SortedRows } from '../../model/list-sort';
import type { SortDirection, SortKey } from '../../model/list-view';

const NO_ROWS: ListRow[] = [];

/**
 * The rows in the list's sort order. Each watch batch is merged into the previous order rather than
 * sorted again, so a burst of events on 10,000 streams keeps every render short. The previous
 * result lives in state, updated during render (React's pattern for values derived from the last one).
 */
export function useSortedRows(rows: ListRow[] | undefined, key: SortKey, direction: SortDirection): ListRow[] {
  const [last, setLast] = useState<SortedRows | undefined>(undefined);
  if (!rows) return NO_ROWS;
  if (last && last.input === rows && last.key === key && last.direction === direction) return last.sorted;
  const next = updateSortedRows(last, rows, key, direction);
  setLast(next);
  return next.sorted;
}
