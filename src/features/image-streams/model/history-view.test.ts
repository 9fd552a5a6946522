import { describe, expect, it } from 'vitest';
import { tagHistory } from './history';
import { ALL_TAGS, changeWords, defaultHistoryTag, parseDetailsTab } from './history-view';
import { event } from './test-streams';

describe('parseDetailsTab', () => {
  it.each([
    [null, 'tags'],
    ['', 'tags'],
    ['tags', 'tags'],
    ['history', 'history'],
    ['yaml', 'yaml'],
    ['YAML', 'tags'],
    ['edit', 'tags'],
  ])('%s → %s', (value, expected) => {
    expect(parseDetailsTab(value)).toBe(expected);
  });
});

describe('defaultHistoryTag', () => {
  const e = event('sha256:1', '2026-11-01T00:00:00Z');
  it.each([
    ['latest when it has history', [{ name: 'a', history: [e] }, { name: 'latest', history: [e] }], 'latest'],
    ['first with history otherwise', [{ name: 'a', history: [] }, { name: 'b', history: [e] }, { name: 'latest', history: [] }], 'b'],
    ['every tag when none has history', [{ name: 'a', history: [] }], ALL_TAGS],
    ['every tag for a stream without tags', [], ALL_TAGS],
  ])('%s', (_case, rows, expected) => {
    expect(defaultHistoryTag(rows)).toBe(expected);
  });
});

describe('changeWords', () => {
  const at = (day: number) => `2026-11-0${day}T00:00:00Z`;
  it.each([
    ['the oldest item is the first image', [event('sha256:a', at(1))], { kind: 'first' }],
    ['same image again', [event('sha256:a', at(2)), event('sha256:a', at(1))], { kind: 'same' }],
    [
      'digest moved',
      [event('sha256:b', at(2)), event('sha256:a', at(1))],
      { kind: 'changed', digest: { from: 'sha256:a', to: 'sha256:b' }, source: undefined },
    ],
    [
      'source moved too',
      [event('sha256:b', at(2), 1, 'quay.io/new/app'), event('sha256:a', at(1), 1, 'docker.io/old/app')],
      { kind: 'changed', digest: { from: 'sha256:a', to: 'sha256:b' }, source: { from: 'docker.io/old/app', to: 'quay.io/new/app' } },
    ],
    [
      'a reference tag got a digest',
      [event('sha256:b', at(2)), event('', at(1))],
      { kind: 'changed', digest: { from: '', to: 'sha256:b' }, source: undefined },
    ],
  ])('%s', (_case, items, expected) => {
    expect(changeWords(tagHistory('latest', items)[0]!)).toEqual(expected);
  });
});
