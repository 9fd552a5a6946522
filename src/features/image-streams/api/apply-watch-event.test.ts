import { describe, expect, it } from 'vitest';
import { applyWatchEvent, applyWatchEvents } from './apply-watch-event';
import type { ImageStreamWatchEvent } from './apply-watch-event';
import type { ImageStreamListData } from './fetchers';
import type { ImageStream } from './schemas';

const is = (ref: string, rv = '1', uid = `uid-${ref}`): ImageStream => {
  const [namespace = '', name = ''] = ref.split('/');
  return { metadata: { namespace, name, uid, resourceVersion: rv }, spec: {} };
};
const list = (...refs: string[]): ImageStreamListData => ({ items: refs.map((ref) => is(ref)), resourceVersion: '10' });
const refs = (data: ImageStreamListData) =>
  data.items.map((s) => `${s.metadata.namespace}/${s.metadata.name}@${s.metadata.resourceVersion}`);
const bookmark = (rv: string): ImageStreamWatchEvent => ({ type: 'BOOKMARK', object: { metadata: { resourceVersion: rv } } });

describe('applyWatchEvent', () => {
  const cases: { name: string; start: ImageStreamListData; event: ImageStreamWatchEvent; items: string[]; rv: string }[] = [
    { name: 'ADDED into an empty list', start: list(), event: { type: 'ADDED', object: is('demo/a', '11') }, items: ['demo/a@11'], rv: '11' },
    { name: 'ADDED in the middle keeps name order', start: list('demo/a', 'demo/c'), event: { type: 'ADDED', object: is('demo/b', '11') }, items: ['demo/a@1', 'demo/b@11', 'demo/c@1'], rv: '11' },
    { name: 'ADDED first and last', start: list('demo/b'), event: { type: 'ADDED', object: is('demo/z', '11') }, items: ['demo/b@1', 'demo/z@11'], rv: '11' },
    { name: 'ADDED sorts by namespace, then name', start: list('ci/z', 'demo/a'), event: { type: 'ADDED', object: is('ci/zz', '11') }, items: ['ci/z@1', 'ci/zz@11', 'demo/a@1'], rv: '11' },
    { name: 'ADDED for a uid already there replaces it', start: list('demo/a', 'demo/b'), event: { type: 'ADDED', object: is('demo/a', '11') }, items: ['demo/a@11', 'demo/b@1'], rv: '11' },
    { name: 'MODIFIED replaces in place', start: list('demo/a', 'demo/b', 'demo/c'), event: { type: 'MODIFIED', object: is('demo/b', '12') }, items: ['demo/a@1', 'demo/b@12', 'demo/c@1'], rv: '12' },
    { name: 'MODIFIED for an unknown stream inserts it', start: list('demo/a'), event: { type: 'MODIFIED', object: is('demo/b', '12') }, items: ['demo/a@1', 'demo/b@12'], rv: '12' },
    { name: 'MODIFIED of a recreated stream (new uid) replaces the old one', start: list('demo/a'), event: { type: 'MODIFIED', object: is('demo/a', '12', 'other') }, items: ['demo/a@12'], rv: '12' },
    { name: 'DELETED removes', start: list('demo/a', 'demo/b', 'demo/c'), event: { type: 'DELETED', object: is('demo/b', '13') }, items: ['demo/a@1', 'demo/c@1'], rv: '13' },
    { name: 'DELETED of an unknown stream only moves the resourceVersion', start: list('demo/a'), event: { type: 'DELETED', object: is('demo/x', '13') }, items: ['demo/a@1'], rv: '13' },
    { name: 'DELETED of an older uid keeps the recreated stream', start: list('demo/a'), event: { type: 'DELETED', object: is('demo/a', '13', 'old') }, items: ['demo/a@1'], rv: '13' },
    { name: 'BOOKMARK only moves the resourceVersion', start: list('demo/a'), event: bookmark('99'), items: ['demo/a@1'], rv: '99' },
    { name: 'an event without resourceVersion keeps the old one', start: list(), event: bookmark(''), items: [], rv: '10' },
  ];

  it.each(cases)('$name', ({ start, event, items, rv }) => {
    const before = structuredClone(start);
    const next = applyWatchEvent(start, event);
    expect(refs(next)).toEqual(items);
    expect(next.resourceVersion).toBe(rv);
    expect(start).toEqual(before);
  });

  it('finds a stream by uid even in a list that is not in storage order', () => {
    const unsorted: ImageStreamListData = { items: [is('demo/c'), is('demo/a')], resourceVersion: '1' };
    expect(refs(applyWatchEvent(unsorted, { type: 'MODIFIED', object: is('demo/a', '5') }))).toEqual(['demo/c@1', 'demo/a@5']);
    expect(refs(applyWatchEvent(unsorted, { type: 'DELETED', object: is('demo/a', '5') }))).toEqual(['demo/c@1']);
  });

  it('keeps other fields and the items it did not touch', () => {
    const start = { ...list('demo/a', 'demo/b'), progress: { loaded: 2 } };
    const next = applyWatchEvent(start, { type: 'MODIFIED', object: is('demo/b', '2') });
    expect(next.progress).toEqual({ loaded: 2 });
    expect(next.items[0]).toBe(start.items[0]);
  });
});

describe('applyWatchEvents', () => {
  it('applies a batch in order with one copy, ending at the last resourceVersion', () => {
    const start = list('demo/a', 'demo/b');
    const events: ImageStreamWatchEvent[] = [
      { type: 'ADDED', object: is('demo/c', '11') },
      { type: 'MODIFIED', object: is('demo/a', '12') },
      { type: 'DELETED', object: is('demo/b', '13') },
      { type: 'ADDED', object: is('demo/b', '14', 'uid-b2') },
      { type: 'MODIFIED', object: is('demo/c', '15') },
      bookmark('20'),
    ];
    const next = applyWatchEvents(start, events);
    expect(refs(next)).toEqual(['demo/a@12', 'demo/b@14', 'demo/c@15']);
    expect(next.items[1]?.metadata.uid).toBe('uid-b2');
    expect(next.resourceVersion).toBe('20');
    expect(next).toEqual(events.reduce(applyWatchEvent, start));
  });

  it('returns the same list for no events', () => {
    const start = list('demo/a');
    expect(applyWatchEvents(start, [])).toBe(start);
  });

  it('keeps a large list ordered through many inserts and deletes', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `s-${String(i).padStart(5, '0')}`);
    const events: ImageStreamWatchEvent[] = [...names].reverse().map((n, i) => ({ type: 'ADDED', object: is(`bench/${n}`, String(i)) }));
    for (const n of names.filter((_, i) => i % 2)) events.push({ type: 'DELETED', object: is(`bench/${n}`, '9999') });
    const next = applyWatchEvents(list(), events);
    expect(next.items.map((s) => s.metadata.name)).toEqual(names.filter((_, i) => i % 2 === 0));
  });
});
