import { describe, expect, it } from 'vitest';
import { matchNamespaces, type NamespaceMatches } from './namespace-options';

const names = ['ci', 'demo', 'demo-2', 'samples', 'shared-images'];

describe('matchNamespaces', () => {
  it.each<[string, NamespaceMatches]>([
    ['', { listed: names }],
    ['  ', { listed: names }],
    ['s', { listed: ['samples', 'shared-images'], unlisted: 's' }],
    ['DEM', { listed: ['demo', 'demo-2'], invalid: 'A namespace name has lowercase letters, digits and "-" only' }],
    ['demo-2', { listed: ['demo-2'] }],
    ['demo', { listed: ['demo', 'demo-2'] }],
    ['emo-2', { listed: ['demo-2'], unlisted: 'emo-2' }],
    ['team-x', { listed: [], unlisted: 'team-x' }],
    [' team-x ', { listed: [], unlisted: 'team-x' }],
    ['team_x', { listed: [], invalid: 'A namespace name has lowercase letters, digits and "-" only' }],
    ['-x', { listed: [], invalid: 'A namespace name has lowercase letters, digits and "-" only' }],
    ['x'.repeat(64), { listed: [], invalid: 'A namespace name has at most 63 characters' }],
  ])('%j', (typed, expected) => {
    expect(matchNamespaces(names, typed)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('puts the exact match first', () => {
    expect(matchNamespaces(['a-demo', 'demo'], 'demo').listed).toEqual(['demo', 'a-demo']);
  });
});
