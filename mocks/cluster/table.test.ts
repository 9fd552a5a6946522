import { describe, expect, it } from 'vitest';
import { relativeAge, tableRow, toTable, wantsTable, TABLE_COLUMNS } from './table';
import type { ImageStream } from './types';
import { testCluster } from './test-support';

const NOW = Date.parse('2026-11-02T09:00:00Z');

describe('server-side Table output (oc get is)', () => {
  it('has the columns oc prints', () => {
    expect(TABLE_COLUMNS.map((c) => c.name)).toEqual(['Name', 'Image Repository', 'Tags', 'Updated']);
  });

  it('prints name, public repository, tags with images, and the newest update', () => {
    const { cluster } = testCluster();
    const row = tableRow(cluster.getImageStream('demo', 'broken-imports'), NOW);
    expect(row.cells).toEqual(['broken-imports', 'default-route-openshift-image-registry.apps.demo.example.com/demo/broken-imports', 'works', '2 hours ago']);
    expect(row.object).toMatchObject({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: { name: 'broken-imports', namespace: 'demo' } });
  });

  it.each<[string, ImageStream['status'], ImageStream['spec'], string]>([
    ['public first', { publicDockerImageRepository: 'pub/x', dockerImageRepository: 'int/x' }, { dockerImageRepository: 'spec/x' }, 'pub/x'],
    ['then spec', { dockerImageRepository: 'int/x' }, { dockerImageRepository: 'spec/x' }, 'spec/x'],
    ['then internal', { dockerImageRepository: 'int/x' }, {}, 'int/x'],
  ])('image repository: %s', (_label, status, spec, expected) => {
    const stream = { kind: 'ImageStream', apiVersion: 'image.openshift.io/v1', metadata: { name: 'x' }, spec, status } as ImageStream;
    expect(tableRow(stream, NOW).cells.slice(1)).toEqual([expected, '', '']);
  });

  it('truncates a long tag list at 40 characters and counts the rest', () => {
    const { cluster } = testCluster();
    const [, , tags] = tableRow(cluster.getImageStream('ci', 'release-payload'), NOW).cells;
    expect(tags).toMatch(/^.{40} \+ \d+ more\.\.\.$/);
    const shown = (tags ?? '').slice(0, 40).split(',').length;
    expect(tags).toContain(` + ${120 - shown} more...`);
  });

  it('wraps rows in a meta.k8s.io/v1 Table, with column definitions only when asked', () => {
    const table = toTable([], NOW, { resourceVersion: '7' });
    expect(table).toEqual({ kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: { resourceVersion: '7' }, columnDefinitions: TABLE_COLUMNS, rows: [] });
    expect(toTable([], NOW, {}, false).columnDefinitions).toBeNull();
  });

  it.each([
    ['application/json;as=Table;g=meta.k8s.io;v=v1', true],
    ['application/json;as=Table;v=v1;g=meta.k8s.io,application/json', true],
    ['application/json', false],
    [null, false],
  ])('Accept %j → table %s', (accept, expected) => {
    expect(wantsTable(accept)).toBe(expected);
  });

  it.each([
    [0, '0 seconds ago'],
    [1, '1 second ago'],
    [59, '59 seconds ago'],
    [60, '1 minute ago'],
    [7200, '2 hours ago'],
    [86400 * 8, '1 week ago'],
    [86400 * 45, '1 month ago'],
    [86400 * 800, '2 years ago'],
    [-5, '0 seconds ago'],
  ])('%i seconds → %s', (seconds, text) => {
    expect(relativeAge(NOW - seconds * 1000, NOW)).toBe(text);
  });
});
