// Small statistics over repeated timings.

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const max = (values) => (values.length ? Math.max(...values) : undefined);

export const round = (value, digits = 1) => (value === undefined ? undefined : Number(value.toFixed(digits)));
