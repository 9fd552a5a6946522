import { describe, expect, it } from 'vitest';
import type { ListRow } from './list-rows';
import { updateSortedRows } from './list-sort';
import { sortRows, type SortDirection, type SortKey } from './list-view';

const row = (name: string, extra: Partial<ListRow> = {}): ListRow => ({
  key: `demo/${name}`,
  name,
  searchName: name.toLowerCase(),
  namespace: 'demo',
  labels: {},
  tags: [],
  repository: undefined,
  lookupLocal: false,
  updated: undefined,
  failing: [],
  ...extra,
});

// In API order (by name), as the cache holds them.
const input = [
  row('alpha', { updated: '2026-01-03T00:00:00Z' }),
  row('beta', { updated: '2026-01-01T00:00:00Z', lookupLocal: true }),
  row('gamma'),
  row('delta', { updated: '2026-01-02T00:00:00Z' }),
];

const replace = (rows: ListRow[], index: number, extra: Partial<ListRow>): ListRow[] =>
  rows.map((r, i) => (i === index ? { ...r, ...extra } : r));

describe('updateSortedRows', () => {
  it.each<[string, SortKey, SortDirection, ListRow[]]>([
    ['an annotation-only change (same row values)', 'name', 'asc', replace(input, 1, {})],
    ['a change that keeps the sort value', 'updated', 'desc', replace(input, 0, { failing: ['x'] })],
    ['a newer image moving a row to the top', 'updated', 'desc', replace(input, 2, { updated: '2026-02-01T00:00:00Z' })],
    ['a lookup change moving a row', 'lookup', 'desc', replace(input, 3, { lookupLocal: true })],
    ['a row losing its value (goes last)', 'updated', 'asc', replace(input, 0, { updated: undefined })],
    ['several rows at once', 'tags', 'desc', replace(replace(input, 0, { tags: [{ name: 'a', state: 'imported' }] }), 2, { tags: [{ name: 'b', state: 'failed' }, { name: 'c', state: 'imported' }] })],
    ['an added stream (sorts again)', 'name', 'asc', [...input, row('epsilon')]],
    ['a deleted stream (sorts again)', 'name', 'desc', input.slice(1)],
    ['a stream replaced by another (sorts again)', 'name', 'asc', [row('zeta'), ...input.slice(1)]],
  ])('%s: same order as a full sort', (_case, key, direction, next) => {
    const previous = updateSortedRows(undefined, input, key, direction);
    const updated = updateSortedRows(previous, next, key, direction);
    expect(updated.sorted).toEqual(sortRows(next, key, direction));
    expect(updated.sorted.every((r) => next.includes(r))).toBe(true);
  });

  it('returns the previous result for the same input and sort', () => {
    const previous = updateSortedRows(undefined, input, 'name', 'asc');
    expect(updateSortedRows(previous, input, 'name', 'asc')).toBe(previous);
  });

  it('keeps the sorted array when only the input array is new', () => {
    const previous = updateSortedRows(undefined, input, 'name', 'asc');
    expect(updateSortedRows(previous, [...input], 'name', 'asc').sorted).toBe(previous.sorted);
  });

  it('sorts again when the sort changes', () => {
    const previous = updateSortedRows(undefined, input, 'name', 'asc');
    expect(updateSortedRows(previous, input, 'updated', 'desc').sorted).toEqual(sortRows(input, 'updated', 'desc'));
  });

  it('leaves the previous result alone', () => {
    const previous = updateSortedRows(undefined, input, 'updated', 'desc');
    const before = [...previous.sorted];
    updateSortedRows(previous, replace(input, 2, { updated: '2026-02-01T00:00:00Z' }), 'updated', 'desc');
    expect(previous.sorted).toEqual(before);
  });
});
