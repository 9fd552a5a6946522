// Defensive reads of objects that came from YAML or the server: anything may be missing or mistyped.
export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const asRecord = (value: unknown): JsonRecord => (isRecord(value) ? value : {});

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const asString = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

/** The entries of `record` other than `known`, to carry fields the form does not model. */
export function without(record: JsonRecord, known: readonly string[]): JsonRecord {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !known.includes(key)));
}
