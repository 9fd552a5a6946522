// Filtering and sorting of list rows, as the list's URL describes them.
import { matchesLabels, type Requirement } from './label-selector';
import type { ListRow } from './list-rows';

export const SORT_KEYS = ['name', 'namespace', 'tags', 'repository', 'lookup', 'updated', 'health'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface ListFilter {
  /** Case-insensitive substring of the stream name. */
  name: string;
  requirements: Requirement[];
}

export function filterRows(rows: ListRow[], { name, requirements }: ListFilter): ListRow[] {
  const needle = name.trim().toLowerCase();
  if (!needle && requirements.length === 0) return rows;
  return rows.filter(
    (row) => (!needle || row.searchName.includes(needle)) && (requirements.length === 0 || matchesLabels(requirements, row.labels)),
  );
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

// Rows without a value (no repository, never updated) go last whichever way the column is sorted.
type Value = string | number | undefined;
const VALUES: Record<SortKey, (row: ListRow) => Value> = {
  name: (row) => row.name,
  namespace: (row) => row.namespace,
  tags: (row) => row.tags.length,
  repository: (row) => row.repository,
  lookup: (row) => (row.lookupLocal ? 1 : 0),
  updated: (row) => (row.updated ? Date.parse(row.updated) : undefined),
  health: (row) => row.failing.length,
};

function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

const byIdentity = (a: ListRow, b: ListRow): number =>
  collator.compare(a.name, b.name) || collator.compare(a.namespace, b.namespace);

interface Keyed {
  row: ListRow;
  value: Value;
}

const isMissing = (value: Value) => value === undefined || Number.isNaN(value);

function compareKeyed(a: Keyed, b: Keyed, sign: number): number {
  const missingA = isMissing(a.value);
  const missingB = isMissing(b.value);
  if (missingA !== missingB) return missingA ? 1 : -1;
  const primary = missingA ? 0 : sign * compareValues(a.value, b.value);
  return primary || byIdentity(a.row, b.row);
}

/** The order sortRows puts rows in, as a comparator (for placing a few rows into a sorted list). */
export function rowComparator(key: SortKey, direction: SortDirection): (a: ListRow, b: ListRow) => number {
  const value = VALUES[key];
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => compareKeyed({ row: a, value: value(a) }, { row: b, value: value(b) }, sign);
}

/** Whether two versions of a row sort the same: same value in the column and same tie-breakers. */
export function sameSortPlace(a: ListRow, b: ListRow, key: SortKey): boolean {
  const value = VALUES[key];
  const va = value(a);
  const vb = value(b);
  const sameValue = va === vb || (isMissing(va) && isMissing(vb));
  return sameValue && a.name === b.name && a.namespace === b.namespace;
}

export function sortRows(rows: ListRow[], key: SortKey, direction: SortDirection): ListRow[] {
  const value = VALUES[key];
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: value(row) }));
  keyed.sort((a, b) => compareKeyed(a, b, sign));
  return keyed.map((entry) => entry.row);
}
