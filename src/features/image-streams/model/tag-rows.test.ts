import { describe, expect, it } from 'vitest';
import { tagRows } from './tag-rows';
import { dockerTag, event, stream } from './test-streams';

describe('tagRows', () => {
  it('joins spec and status by name, sorted, with states', () => {
    const rows = tagRows(
      stream(
        [dockerTag('v2', 1), dockerTag('latest', 1)],
        [
          { tag: 'latest', items: [event('sha256:b', '2026-11-02T00:00:00Z'), event('sha256:a', '2026-11-01T00:00:00Z')] },
          { tag: 'build-7', items: [event('sha256:c', '2026-11-03T00:00:00Z')] },
        ],
      ),
    );
    expect(rows.map((r) => [r.name, r.state.kind, r.current?.image ?? null, r.history.length])).toEqual([
      ['build-7', 'pushed', 'sha256:c', 1],
      ['latest', 'imported', 'sha256:b', 2],
      ['v2', 'importing', null, 0],
    ]);
  });

  it('copes with null tags and items', () => {
    expect(tagRows({ metadata: { name: 'x' }, spec: { tags: null }, status: { tags: null } })).toEqual([]);
    const [row] = tagRows(stream([dockerTag('a')], [{ tag: 'a', items: null }]));
    expect(row?.history).toEqual([]);
    expect(row?.current).toBeUndefined();
  });
});
