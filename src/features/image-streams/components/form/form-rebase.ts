// "Keep my edits on top of the new version": a three-way merge of form values. Whatever the user
// changed since the edit began wins; everything they left alone takes the server's new value.
import type { ImageStreamFormValues } from '../../form/form-schema';
import { isBlankRow } from '../../form/key-value-rows';
import type { KeyValueRow } from '../../form/key-value-rows';
import type { TagFormValues } from '../../form/tag-schema';

export interface RebaseInput {
  /** The values the edit started from. */
  base: ImageStreamFormValues;
  /** The values in the form now. */
  mine: ImageStreamFormValues;
  /** The values of the object now on the server. */
  theirs: ImageStreamFormValues;
}

export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

const pick = <T,>(base: T, mine: T, theirs: T): T => (same(mine, base) ? theirs : mine);

/** Rows merge by key; blank rows the user added stay where they are. */
export function mergeRows(base: KeyValueRow[], mine: KeyValueRow[], theirs: KeyValueRow[]): KeyValueRow[] {
  const baseMap = new Map(base.map((row) => [row.key, row.value]));
  const theirMap = new Map(theirs.map((row) => [row.key, row.value]));
  const out: KeyValueRow[] = [];
  for (const row of mine) {
    if (isBlankRow(row) || !baseMap.has(row.key) || baseMap.get(row.key) !== row.value) out.push(row);
    else if (theirMap.has(row.key)) out.push({ key: row.key, value: theirMap.get(row.key) ?? '' });
  }
  const mineKeys = new Set(mine.map((row) => row.key));
  // Keys the server added; a key the user removed stays removed.
  for (const row of theirs) if (!mineKeys.has(row.key) && !baseMap.has(row.key)) out.push(row);
  return out;
}

function mergeTag(base: TagFormValues, mine: TagFormValues, theirs: TagFormValues): TagFormValues {
  const out = { ...mine };
  for (const key of Object.keys(mine) as (keyof TagFormValues)[]) {
    if (key === 'annotations') out.annotations = mergeRows(base.annotations, mine.annotations, theirs.annotations);
    else (out as Record<string, unknown>)[key] = pick(base[key], mine[key], theirs[key]);
  }
  return out;
}

function mergeTags(base: TagFormValues[], mine: TagFormValues[], theirs: TagFormValues[]): TagFormValues[] {
  const baseTags = new Map(base.map((tag) => [tag.name, tag]));
  const theirTags = new Map(theirs.map((tag) => [tag.name, tag]));
  const out: TagFormValues[] = [];
  for (const tag of mine) {
    const before = baseTags.get(tag.name);
    const now = theirTags.get(tag.name);
    if (!before) out.push(tag);
    else if (now) out.push(mergeTag(before, tag, now));
    // The server removed a tag the user did not touch.
    else if (!same(tag, before)) out.push(tag);
  }
  const mineNames = new Set(mine.map((tag) => tag.name));
  for (const tag of theirs) if (!mineNames.has(tag.name) && !baseTags.has(tag.name)) out.push(tag);
  return out;
}

export function rebaseValues({ base, mine, theirs }: RebaseInput): ImageStreamFormValues {
  return {
    name: mine.name,
    namespace: mine.namespace,
    lookupLocal: pick(base.lookupLocal, mine.lookupLocal, theirs.lookupLocal),
    labels: mergeRows(base.labels, mine.labels, theirs.labels),
    annotations: mergeRows(base.annotations, mine.annotations, theirs.annotations),
    tags: mergeTags(base.tags, mine.tags, theirs.tags),
  };
}
