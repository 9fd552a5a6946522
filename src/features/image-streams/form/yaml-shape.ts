// The types an imported ImageStream must have where the form reads it; the first mismatch is
// reported with its path, the way kubectl refuses a number where a string belongs.
import { z } from 'zod';
import { importModes, referencePolicies, sourceKinds } from './tag-schema';

const stringMap = z.record(z.string(), z.string()).nullish();

const tagShape = z.looseObject({
  name: z.string(),
  annotations: stringMap,
  from: z.looseObject({ kind: z.enum(sourceKinds), name: z.string().optional(), namespace: z.string().optional() }).nullish(),
  reference: z.boolean().optional(),
  importPolicy: z
    .looseObject({ insecure: z.boolean().optional(), scheduled: z.boolean().optional(), importMode: z.enum(['', ...importModes]).optional() })
    .nullish(),
  referencePolicy: z.looseObject({ type: z.enum(['', ...referencePolicies]).optional() }).nullish(),
});

const imageStreamShape = z.looseObject({
  metadata: z
    .looseObject({ name: z.string().optional(), namespace: z.string().optional(), labels: stringMap, annotations: stringMap })
    .nullish(),
  spec: z
    .looseObject({ lookupPolicy: z.looseObject({ local: z.boolean().optional() }).nullish(), tags: z.array(tagShape).nullish() })
    .nullish(),
});

export type ShapePath = (string | number)[];

export const pathText = (path: ShapePath): string =>
  path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(part) ? `${i ? '.' : ''}${part}` : `[${JSON.stringify(part)}]`,
    )
    .join('');

function describe(value: unknown, source: string | undefined): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const shown = source ?? JSON.stringify(value);
  return `${typeof value === 'number' ? 'the number' : typeof value === 'boolean' ? 'the boolean' : 'the string'} ${shown}`;
}

const EXPECTED: Record<string, string> = { string: 'a string', boolean: 'true or false', object: 'a mapping', array: 'a list' };

/** The first problem with `value`'s shape, or undefined. `sourceOf` gives the YAML text at a path. */
export function shapeProblem(
  value: unknown,
  sourceOf: (path: ShapePath) => string | undefined,
): { path: ShapePath; message: string } | undefined {
  const result = imageStreamShape.safeParse(value);
  const issue = result.success ? undefined : result.error.issues[0];
  if (!issue) return undefined;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const actual = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);
  const where = pathText(path);
  if (issue.code === 'invalid_value')
    return { path, message: `${where} must be ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describe(actual, sourceOf(path))}` };
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    if (actual === undefined) return { path, message: `${where} is missing: it must be ${expected}` };
    const hint = issue.expected === 'string' && ['number', 'boolean'].includes(typeof actual) ? ': put it in quotes' : '';
    return { path, message: `${where} must be ${expected}, not ${describe(actual, sourceOf(path))}${hint}` };
  }
  return { path, message: `${where}: ${issue.message}` };
}
