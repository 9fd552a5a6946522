import { describe, expect, it } from 'vitest';
import { parseLabelSelector, type Requirement } from './label-selector';
import type { ListRow } from './list-rows';
import { filterRows, sortRows, type SortDirection, type SortKey } from './list-view';

const row = (name: string, extra: Partial<ListRow> = {}): ListRow => ({
  key: `${extra.namespace ?? 'demo'}/${name}`,
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

const rows = [
  row('web-frontend', { labels: { tier: 'frontend', app: 'web' }, tags: [{ name: 'a', state: 'imported' }, { name: 'b', state: 'imported' }], repository: 'r/web', updated: '2026-01-03T00:00:00Z', lookupLocal: true }),
  row('nginx', { namespace: 'ci', labels: { tier: 'frontend' }, tags: [{ name: 'a', state: 'imported' }], repository: 'r/nginx', updated: '2026-01-05T00:00:00Z' }),
  row('api-server', { labels: { tier: 'backend' }, failing: ['x', 'y'], updated: '2026-01-01T00:00:00Z' }),
  row('build-10', { tags: [{ name: 'a', state: 'failed' }], failing: ['a'] }),
  row('build-9', { namespace: 'ci', repository: 'r/build' }),
  row('nginx', { namespace: 'demo', lookupLocal: true }),
];

const requirements = (selector: string): Requirement[] => {
  const parsed = parseLabelSelector(selector);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.requirements;
};
const keys = (list: ListRow[]) => list.map((r) => r.key);

describe('filterRows', () => {
  it.each([
    ['', '', rows.map((r) => r.key)],
    ['NGINX', '', ['ci/nginx', 'demo/nginx']],
    [' build ', '', ['demo/build-10', 'ci/build-9']],
    ['', 'tier=frontend', ['demo/web-frontend', 'ci/nginx']],
    ['', 'tier', ['demo/web-frontend', 'ci/nginx', 'demo/api-server']],
    ['', '!tier', ['demo/build-10', 'ci/build-9', 'demo/nginx']],
    ['nginx', 'tier=frontend', ['ci/nginx']],
    ['web', 'tier=backend', []],
  ])('name %j and selector %j', (name, selector, expected) => {
    expect(keys(filterRows(rows, { name, requirements: requirements(selector) }))).toEqual(expected);
  });

  it('returns the same array when nothing filters', () => {
    expect(filterRows(rows, { name: '  ', requirements: [] })).toBe(rows);
  });
});

describe('sortRows', () => {
  it.each<[SortKey, SortDirection, string[]]>([
    ['name', 'asc', ['demo/api-server', 'ci/build-9', 'demo/build-10', 'ci/nginx', 'demo/nginx', 'demo/web-frontend']],
    ['name', 'desc', ['demo/web-frontend', 'ci/nginx', 'demo/nginx', 'demo/build-10', 'ci/build-9', 'demo/api-server']],
    ['namespace', 'asc', ['ci/build-9', 'ci/nginx', 'demo/api-server', 'demo/build-10', 'demo/nginx', 'demo/web-frontend']],
    ['tags', 'desc', ['demo/web-frontend', 'demo/build-10', 'ci/nginx', 'demo/api-server', 'ci/build-9', 'demo/nginx']],
    // Streams without a repository stay last in both directions.
    ['repository', 'asc', ['ci/build-9', 'ci/nginx', 'demo/web-frontend', 'demo/api-server', 'demo/build-10', 'demo/nginx']],
    ['repository', 'desc', ['demo/web-frontend', 'ci/nginx', 'ci/build-9', 'demo/api-server', 'demo/build-10', 'demo/nginx']],
    ['lookup', 'desc', ['demo/nginx', 'demo/web-frontend', 'demo/api-server', 'ci/build-9', 'demo/build-10', 'ci/nginx']],
    ['updated', 'desc', ['ci/nginx', 'demo/web-frontend', 'demo/api-server', 'ci/build-9', 'demo/build-10', 'demo/nginx']],
    ['updated', 'asc', ['demo/api-server', 'demo/web-frontend', 'ci/nginx', 'ci/build-9', 'demo/build-10', 'demo/nginx']],
    ['health', 'desc', ['demo/api-server', 'demo/build-10', 'ci/build-9', 'ci/nginx', 'demo/nginx', 'demo/web-frontend']],
  ])('by %s %s', (key, direction, expected) => {
    expect(keys(sortRows(rows, key, direction))).toEqual(expected);
  });

  it('leaves its input alone', () => {
    const before = keys(rows);
    sortRows(rows, 'name', 'desc');
    expect(keys(rows)).toEqual(before);
  });
});
