import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isExpired } from './errors';
import { listAll, listPages } from './list';
import { setupTestServer } from './test-helpers';

const server = setupTestServer();

const path = '/apis/image.openshift.io/v1/namespaces/demo/imagestreams';
const expired = () =>
  HttpResponse.json(
    { kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 410, reason: 'Expired', message: 'The provided continue parameter is too old' },
    { status: 410 },
  );

/** Three items in pages of `limit`; the continue token is the next offset, tagged with the snapshot RV. */
function pagedList(rv: () => string, expire: (token: string) => boolean = () => false) {
  const all = ['a', 'b', 'c'];
  const queries: URLSearchParams[] = [];
  const handler = http.get(`*${path}`, ({ request }) => {
    const q = new URL(request.url).searchParams;
    queries.push(q);
    const token = q.get('continue');
    if (token && expire(token)) return expired();
    const start = token ? Number(token.split('/')[1]) : 0;
    const limit = Number(q.get('limit') ?? all.length);
    const end = Math.min(all.length, start + limit);
    const snapshot = token ? token.split('/')[0]! : rv();
    return HttpResponse.json({
      kind: 'ImageStreamList',
      apiVersion: 'image.openshift.io/v1',
      metadata: {
        resourceVersion: snapshot,
        ...(end < all.length ? { continue: `${snapshot}/${end}`, remainingItemCount: all.length - end } : {}),
      },
      items: all.slice(start, end).map((name) => ({ metadata: { name } })),
    });
  });
  return { handler, queries };
}

describe('listPages', () => {
  it('follows continue tokens and passes limit and selectors', async () => {
    const { handler, queries } = pagedList(() => '100');
    server.use(handler);
    const pages = [];
    for await (const page of listPages(path, { limit: 2, labelSelector: 'app=x', fieldSelector: 'metadata.name!=z' })) pages.push(page);
    expect(pages).toEqual([
      { items: [{ metadata: { name: 'a' } }, { metadata: { name: 'b' } }], resourceVersion: '100', continue: '100/2', remainingItemCount: 1, restarted: false },
      { items: [{ metadata: { name: 'c' } }], resourceVersion: '100', continue: undefined, remainingItemCount: undefined, restarted: false },
    ]);
    expect(queries.map((q) => q.toString())).toEqual([
      'limit=2&labelSelector=app%3Dx&fieldSelector=metadata.name%21%3Dz',
      'limit=2&labelSelector=app%3Dx&fieldSelector=metadata.name%21%3Dz&continue=100%2F2',
    ]);
  });

  it('doubles the page size after the first page, up to maxLimit', async () => {
    const { handler, queries } = pagedList(() => '100');
    server.use(handler);
    const pages = [];
    for await (const page of listPages(path, { limit: 1, maxLimit: 2 })) pages.push(page.items.length);
    expect(pages).toEqual([1, 2]);
    expect(queries.map((q) => q.get('limit'))).toEqual(['1', '2']);
  });

  it('treats items: null as an empty page', async () => {
    server.use(http.get(`*${path}`, () => HttpResponse.json({ metadata: { resourceVersion: '7' }, items: null })));
    await expect(listAll(path)).resolves.toEqual({ items: [], resourceVersion: '7' });
  });
});

describe('listAll', () => {
  it('restarts once from scratch when the continue token expires, dropping the old snapshot', async () => {
    let snapshots = 0;
    const { handler, queries } = pagedList(() => `rv-${++snapshots}`, (token) => token.startsWith('rv-1/'));
    server.use(handler);
    await expect(listAll(path, { limit: 2 })).resolves.toEqual({
      items: ['a', 'b', 'c'].map((name) => ({ metadata: { name } })),
      resourceVersion: 'rv-2',
    });
    expect(queries.map((q) => q.get('continue'))).toEqual([null, 'rv-1/2', null, 'rv-2/2']);
  });

  it('gives up on a second expiry', async () => {
    const { handler, queries } = pagedList(() => 'rv', () => true);
    server.use(handler);
    const error = await listAll(path, { limit: 1 }).catch((e: unknown) => e);
    expect(isExpired(error)).toBe(true);
    expect(queries).toHaveLength(4);
  });
});
