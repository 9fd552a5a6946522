// What a tag is doing, from the join of its spec (what was asked) and status (what happened).
// OpenShift keeps the two apart: spec-only tags have no image yet, status-only tags were pushed.
import type { NamedTagEventList, TagEventCondition, TagReference } from '../api/schemas';

export type TagState =
  | { kind: 'imported' }
  | { kind: 'reference' }
  | { kind: 'importing' }
  | { kind: 'failed'; reason: string; message: string; since?: string }
  | { kind: 'not-imported' }
  | { kind: 'pushed' };

export function importFailure(status: NamedTagEventList | undefined): TagEventCondition | undefined {
  return status?.conditions?.find((c) => c.type === 'ImportSuccess' && c.status === 'False');
}

/** The newest generation status has seen for this tag: its current image's, or its last failure's. */
export function observedGeneration(status: NamedTagEventList | undefined): number {
  const generations = [status?.items?.[0]?.generation ?? -1, ...(status?.conditions ?? []).map((c) => c.generation)];
  return Math.max(...generations);
}

/**
 * `oc describe` says "importing latest image" when the spec tag's generation is newer than anything
 * status has observed. Only DockerImage sources are imported; other kinds resolve at once on the server.
 */
export function isImporting(spec: TagReference | undefined, status: NamedTagEventList | undefined): boolean {
  if (!spec?.from || spec.reference || spec.from.kind !== 'DockerImage') return false;
  // A null generation has not been through the server yet (oc describe checks for nil too).
  if (spec.generation === null || spec.generation === undefined) return false;
  return spec.generation > observedGeneration(status);
}

export function tagState(spec: TagReference | undefined, status: NamedTagEventList | undefined): TagState {
  if (!spec) return { kind: 'pushed' };
  if (isImporting(spec, status)) return { kind: 'importing' };
  const failure = importFailure(status);
  if (failure) return { kind: 'failed', reason: failure.reason ?? 'Unknown', message: failure.message ?? '', since: failure.lastTransitionTime };
  if (status?.items?.[0]) return spec.reference ? { kind: 'reference' } : { kind: 'imported' };
  return { kind: 'not-imported' };
}

export const TAG_STATE_LABELS: Record<TagState['kind'], string> = {
  imported: 'Imported',
  reference: 'Reference',
  importing: 'Importing',
  failed: 'Import failed',
  'not-imported': 'Not imported yet',
  pushed: 'Pushed',
};
