import { describe, expect, it } from 'vitest';
import { createLineSplitter } from './ndjson';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('createLineSplitter', () => {
  it('joins a line split across chunks and splits several lines in one chunk', () => {
    const split = createLineSplitter();
    expect(split.push(bytes('{"a":1}\n{"b":'))).toEqual(['{"a":1}']);
    expect(split.push(bytes('2}\n{"c":3}\n{"d"'))).toEqual(['{"b":2}', '{"c":3}']);
    expect(split.push(bytes(':4}'))).toEqual([]);
    expect(split.end()).toEqual(['{"d":4}']);
  });

  it('survives a multi-byte character split between chunks', () => {
    const all = bytes('{"m":"café ☕"}\n');
    const split = createLineSplitter();
    const cut = all.indexOf(0xe2) + 1;
    expect(split.push(all.slice(0, cut))).toEqual([]);
    expect(split.push(all.slice(cut))).toEqual(['{"m":"café ☕"}']);
  });

  it('ignores blank lines and CRLF endings', () => {
    const split = createLineSplitter();
    expect(split.push(bytes('\n{"a":1}\r\n\r\n'))).toEqual(['{"a":1}']);
    expect(split.end()).toEqual([]);
  });
});
