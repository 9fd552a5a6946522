import { describe, expect, it } from 'vitest';
import { annotationKeyProblem, labelValueProblem, namespaceProblem, qualifiedNameProblem } from './k8s-names';

const ok = undefined;

describe('namespaceProblem (DNS-1123 label)', () => {
  it.each([
    ['demo', ok],
    ['a', ok],
    ['team-1', ok],
    ['a'.repeat(63), ok],
    ['', 'Enter a namespace'],
    ['a'.repeat(64), 'A namespace can be at most 63 characters (this one has 64)'],
    ['Demo', "Use lowercase letters, digits and '-', starting and ending with a letter or digit"],
    ['-demo', "Use lowercase letters, digits and '-', starting and ending with a letter or digit"],
    ['demo-', "Use lowercase letters, digits and '-', starting and ending with a letter or digit"],
    ['my.ns', "Use lowercase letters, digits and '-', starting and ending with a letter or digit"],
  ])('%j -> %j', (input, expected) => expect(namespaceProblem(input)).toBe(expected));
});

describe('qualifiedNameProblem (label and annotation keys)', () => {
  it.each([
    ['app', ok],
    ['app.kubernetes.io/name', ok],
    ['example.com/My_Key-1.x', ok],
    ['A', ok],
    ['x'.repeat(63), ok],
    [`${'a'.repeat(253)}/x`, ok],
    ['', 'Enter a key'],
    ['a/b/c', "A key can contain only one '/', between a prefix such as example.com and the name"],
    ['/name', "Put a prefix such as example.com before the '/', or remove the '/'"],
    ['example.com/', "Put a name after the '/'"],
    ['Example.com/x', "The prefix before '/' must be a DNS subdomain: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit"],
    [`${'a'.repeat(254)}/x`, "The prefix before '/' can be at most 253 characters"],
    ['x'.repeat(64), 'The name can be at most 63 characters (this one has 64)'],
    [`a.io/${'x'.repeat(64)}`, "The name after '/' can be at most 63 characters (this one has 64)"],
    ['-app', "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit"],
    ['app_', "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit"],
    ['my key', "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit"],
  ])('%j -> %j', (input, expected) => expect(qualifiedNameProblem(input)).toBe(expected));

  it('checks annotation keys lower-cased, as apimachinery does', () => {
    expect(qualifiedNameProblem('Example.COM/x')).toBeDefined();
    expect(annotationKeyProblem('Example.COM/x')).toBeUndefined();
    expect(annotationKeyProblem('a b')).toBeDefined();
  });
});

describe('labelValueProblem', () => {
  it.each([
    ['', ok],
    ['v1', ok],
    ['1.0.0', ok],
    ['A_b-c.d', ok],
    ['x'.repeat(63), ok],
    ['x'.repeat(64), 'A label value can be at most 63 characters (this one has 64)'],
    ['-v', "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit (or leave it empty)"],
    ['v.', "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit (or leave it empty)"],
    ['a b', "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit (or leave it empty)"],
    ['a/b', "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit (or leave it empty)"],
  ])('%j -> %j', (input, expected) => expect(labelValueProblem(input)).toBe(expected));
});
