import { describe, expect, it } from 'vitest';
import { matchesLabels, parseLabelSelector } from './label-selector';

const labels = { app: 'web', tier: 'frontend', 'app.kubernetes.io/part-of': 'shop', empty: '' };

function matches(selector: string, target: Record<string, string> | null = labels): boolean {
  const parsed = parseLabelSelector(selector);
  if (!parsed.ok) throw new Error(parsed.error);
  return matchesLabels(parsed.requirements, target);
}

describe('parseLabelSelector', () => {
  it.each([
    ['', []],
    ['  ', []],
    ['tier=frontend', [{ key: 'tier', operator: 'equals', values: ['frontend'] }]],
    ['tier==frontend', [{ key: 'tier', operator: 'equals', values: ['frontend'] }]],
    ['tier != frontend', [{ key: 'tier', operator: 'not-equals', values: ['frontend'] }]],
    ['tier=', [{ key: 'tier', operator: 'equals', values: [''] }]],
    ['tier in (a, b)', [{ key: 'tier', operator: 'in', values: ['a', 'b'] }]],
    ['tier notin (a)', [{ key: 'tier', operator: 'notin', values: ['a'] }]],
    ['tier', [{ key: 'tier', operator: 'exists', values: [] }]],
    ['!tier', [{ key: 'tier', operator: 'not-exists', values: [] }]],
    ['! tier', [{ key: 'tier', operator: 'not-exists', values: [] }]],
    ['app.kubernetes.io/part-of=shop', [{ key: 'app.kubernetes.io/part-of', operator: 'equals', values: ['shop'] }]],
    ['in=x', [{ key: 'in', operator: 'equals', values: ['x'] }]],
    [
      'a,b in (x,y),!c',
      [
        { key: 'a', operator: 'exists', values: [] },
        { key: 'b', operator: 'in', values: ['x', 'y'] },
        { key: 'c', operator: 'not-exists', values: [] },
      ],
    ],
  ])('%j parses', (selector, requirements) => {
    expect(parseLabelSelector(selector)).toEqual({ ok: true, requirements });
  });

  it.each([
    ['tier=front end', 'Expected "," between requirements, found "end"'],
    ['tier in a,b', '"in" needs values in parentheses, e.g. tier in (a,b)'],
    ['tier in (a,b', 'Missing ")"'],
    ['tier in ()', '"in" needs at least one value'],
    ['tier notin (a b)', 'Expected "," or ")", found "b"'],
    ['tier frontend', 'Expected an operator (=, ==, !=, in, notin) after "tier", found "frontend"'],
    ['tier=a,', 'Expected a requirement after ","'],
    [',tier', 'Expected a label key, found ","'],
    ['!', 'Expected a label key at the end'],
    ['!tier=a', 'Expected "," between requirements, found "="'],
    ['count>2', 'The operator ">" is not supported here; use =, !=, in, notin or exists'],
    ['-tier=a', 'Invalid label key "-tier": use up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit'],
    ['Example.COM/tier=a', 'Invalid label key "Example.COM/tier": the prefix must be a DNS subdomain such as example.com'],
    ['tier=a/b', 'Invalid label value "a/b": use up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit'],
    [`tier=${'x'.repeat(64)}`, expect.stringContaining('Invalid label value')],
  ])('%j is rejected', (selector, error) => {
    expect(parseLabelSelector(selector)).toEqual({ ok: false, error });
  });
});

describe('matchesLabels', () => {
  it.each([
    ['', true],
    ['tier=frontend', true],
    ['tier==backend', false],
    ['tier!=backend', true],
    ['tier!=frontend', false],
    ['missing!=x', true],
    ['tier in (backend,frontend)', true],
    ['tier in (backend)', false],
    ['missing in (x)', false],
    ['tier notin (backend)', true],
    ['tier notin (frontend)', false],
    ['missing notin (x)', true],
    ['tier', true],
    ['missing', false],
    ['!missing', true],
    ['!tier', false],
    ['empty=', true],
    ['empty', true],
    ['app=web,tier=frontend', true],
    ['app=web,tier=backend', false],
    ['app.kubernetes.io/part-of=shop', true],
    ['constructor', false],
  ])('%j matches: %s', (selector, expected) => {
    expect(matches(selector)).toBe(expected);
  });

  it.each([
    ['', true],
    ['tier', false],
    ['!tier', true],
    ['tier!=x', true],
    ['tier=x', false],
  ])('%j on a stream without labels: %s', (selector, expected) => {
    expect(matches(selector, null)).toBe(expected);
  });
});
