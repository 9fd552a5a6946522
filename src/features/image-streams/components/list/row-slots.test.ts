import { describe, expect, it } from 'vitest';
import { RowSlots } from './row-slots';

/** How many DOM moves React's keyed reconciliation makes from one key order to the next. */
function reactMoves(before: readonly string[], after: readonly string[]): number {
  const oldIndex = new Map(before.map((key, index) => [key, index]));
  let lastPlaced = 0;
  let moves = 0;
  for (const key of after) {
    const index = oldIndex.get(key);
    if (index === undefined) continue;
    if (index < lastPlaced) moves++;
    else lastPlaced = index;
  }
  return moves;
}

const stream = (n: number) => `s${String(n).padStart(3, '0')}`;
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => stream(from + i));

describe('RowSlots', () => {
  it('keeps the key of a stream that stays in view when only a few rows come into view', () => {
    const slots = new RowSlots();
    const first = slots.keys(range(0, 30));
    const next = slots.keys(range(2, 32));
    expect(next.slice(0, 28)).toEqual(first.slice(2));
    // The two rows that left are reused for the two that came in.
    expect(new Set(next)).toEqual(new Set(first));
  });

  it('gives the same keys when asked again with the same streams', () => {
    const slots = new RowSlots();
    const first = slots.keys(['a', 'b']);
    expect(slots.keys(['a', 'b'])).toEqual(first);
  });

  it('never hands the key of a pinned row to another stream', () => {
    const slots = new RowSlots();
    const [keyOfA] = slots.keys(['a', 'b']);
    slots.pin('a');
    const next = slots.keys(['x', 'b']);
    expect(next).not.toContain(keyOfA);
    expect(new Set(next).size).toBe(2);
    // Once its stream has left, the slot is free again (a new row mounts there).
    expect(slots.keys(['x', 'b', 'z'])).toContain(keyOfA);
  });

  it('keeps a pinned stream on its row when the others are updated in place', () => {
    const slots = new RowSlots();
    const first = slots.keys(range(0, 30));
    slots.pin(stream(5));
    const after = range(0, 30).filter((s) => s.includes('5')).concat(range(300, 327));
    const next = slots.keys(after);
    expect(next[after.indexOf(stream(5))]).toBe(first[5]);
    expect(new Set(next).size).toBe(after.length);
  });

  it('gives unique keys when more streams come into view', () => {
    const slots = new RowSlots();
    slots.keys(['a', 'b']);
    const keys = slots.keys(['c', 'd', 'e', 'f']);
    expect(new Set(keys).size).toBe(4);
  });

  // Each case: the streams in view before and after, and how many rows React builds anew (a key it
  // has not seen) or moves; every other row is kept, updated in place or untouched.
  it.each([
    ['a filter that keeps a few rows', range(0, 30), range(0, 30).filter((s) => s.includes('1')).concat(range(100, 118)), 0],
    ['a filter that keeps none', range(0, 30), range(200, 230), 0],
    ['a filter cleared again', range(0, 30).filter((s) => s.includes('2')), range(0, 30), 18],
    ['a filter narrowed to one row', range(0, 30), [stream(400)], 0],
    ['scrolling up by 3 rows', range(10, 40), range(7, 37), 3],
    ['scrolling down by 3 rows', range(0, 30), range(3, 33), 3],
    ['scrolling a page down', range(0, 30), range(25, 55), 0],
    ['a stream inserted in the middle', range(0, 30), [...range(0, 10), 'new', ...range(10, 29)], 1],
  ])('%s', (_, before, after, rebuilt) => {
    const slots = new RowSlots();
    const oldKeys = slots.keys(before);
    const newKeys = slots.keys(after);
    expect(new Set(newKeys).size).toBe(after.length);
    const known = new Set(oldKeys);
    expect(newKeys.filter((key) => !known.has(key)).length + reactMoves(oldKeys, newKeys)).toBe(rebuilt);
  });
});
