import { describe, expect, it } from 'vitest';
import { readListParams, writeListParams, type ListParams } from './list-params';

describe('readListParams', () => {
  it.each<[string, ListParams]>([
    ['', { name: '', labels: '', sort: 'name', direction: 'asc' }],
    ['name=web&labels=tier%3Dfrontend', { name: 'web', labels: 'tier=frontend', sort: 'name', direction: 'asc' }],
    ['sort=updated&dir=desc', { name: '', labels: '', sort: 'updated', direction: 'desc' }],
    ['sort=bogus&dir=sideways', { name: '', labels: '', sort: 'name', direction: 'asc' }],
  ])('%j', (search, expected) => {
    expect(readListParams(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('writeListParams', () => {
  it.each<[string, Partial<ListParams>, string]>([
    ['', { name: 'web' }, 'name=web'],
    ['name=web', { name: '' }, ''],
    ['name=web', { labels: 'tier in (a,b)' }, 'name=web&labels=tier+in+%28a%2Cb%29'],
    ['', { sort: 'updated', direction: 'desc' }, 'sort=updated&dir=desc'],
    ['sort=updated&dir=desc', { sort: 'name', direction: 'asc' }, ''],
    ['tab=x&name=a', { name: 'b' }, 'tab=x&name=b'],
  ])('%j + %j', (search, patch, expected) => {
    expect(writeListParams(new URLSearchParams(search), patch).toString()).toBe(expected);
  });

  it('round-trips', () => {
    const params: ListParams = { name: 'a b', labels: '!tier,app=web', sort: 'health', direction: 'desc' };
    expect(readListParams(writeListParams(new URLSearchParams(), params))).toEqual(params);
  });
});
