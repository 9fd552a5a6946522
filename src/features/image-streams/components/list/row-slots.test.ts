import { describe, expect, it } from 'vitest';
import { RowSlots } from './row-slots';

describe('RowSlots', () => {
  it('keeps the key of a stream that stays in view and hands the keys of leavers to newcomers', () => {
    const slots = new RowSlots();
    const first = slots.keys(['a', 'b', 'c']);
    expect(new Set(first).size).toBe(3);
    const next = slots.keys(['b', 'x', 'y']);
    expect(next[0]).toBe(first[1]);
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

  it('gives unique keys when more streams come into view', () => {
    const slots = new RowSlots();
    slots.keys(['a', 'b']);
    const keys = slots.keys(['c', 'd', 'e', 'f']);
    expect(new Set(keys).size).toBe(4);
  });
});
