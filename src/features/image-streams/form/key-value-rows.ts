import { z } from 'zod';

export const keyValueRowSchema = z.object({ key: z.string(), value: z.string() });
export type KeyValueRow = z.infer<typeof keyValueRowSchema>;

/** A row left entirely empty is ignored, so an added-but-unused row never blocks saving. */
export const isBlankRow = (row: KeyValueRow): boolean => row.key === '' && row.value === '';

export interface RowChecks {
  key: (key: string) => string | undefined;
  value?: (value: string) => string | undefined;
  /** Keys a dedicated field owns (tag description, version, supports). */
  reserved?: Record<string, string>;
}

/** Cross-row rules in one pass, reported at each row (react-hook-form/resolvers #672). */
export function checkRows(rows: KeyValueRow[], checks: RowChecks, ctx: z.RefinementCtx): void {
  const counts = new Map<string, number>();
  for (const row of rows) if (!isBlankRow(row)) counts.set(row.key, (counts.get(row.key) ?? 0) + 1);
  rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const reserved = checks.reserved?.[row.key];
    const keyProblem =
      row.key === ''
        ? 'Enter a key, or remove the row'
        : reserved
          ? `Use the ${reserved} field for "${row.key}"`
          : (counts.get(row.key) ?? 0) > 1
            ? `The key "${row.key}" is used more than once`
            : checks.key(row.key);
    if (keyProblem) ctx.addIssue({ code: 'custom', message: keyProblem, path: [i, 'key'] });
    const valueProblem = checks.value?.(row.value);
    if (valueProblem) ctx.addIssue({ code: 'custom', message: valueProblem, path: [i, 'value'] });
  });
}

export function rowsToMap(rows: KeyValueRow[]): Record<string, string> | undefined {
  const entries = rows.filter((row) => !isBlankRow(row)).map((row) => [row.key, row.value] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function mapToRows(map: unknown, skip: readonly string[] = []): KeyValueRow[] {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return [];
  return Object.entries(map)
    .filter(([key]) => !skip.includes(key))
    .map(([key, value]) => ({ key, value: value === null || value === undefined ? '' : String(value) }));
}
