// Unsaved form values in localStorage, so a reload or a closed tab loses nothing typed.
import { imageStreamFormSchema } from './form-schema';
import type { ImageStreamFormValues } from './form-schema';
import { isRecord } from './object-access';

export interface Draft {
  values: ImageStreamFormValues;
  /** ISO time of the last save. */
  savedAt: string;
  /** The resourceVersion the edit started from; absent for a new stream. */
  resourceVersion?: string;
  /** A new stream filled from YAML: the imported object, whose fields the form has no control for. */
  base?: Record<string, unknown>;
}

const PREFIX = 'imagestream-dashboard.draft.';
export const NEW_STREAM = '~new';

/** One draft per stream being edited, and one per namespace for a new stream. */
export const draftKey = (namespace: string, name: string = NEW_STREAM): string => `${PREFIX}${namespace}/${name}`;

/** A draft may be half-typed and fail the form's rules; it must only have the form's shape. */
function isDraftValues(value: unknown): value is ImageStreamFormValues {
  const result = imageStreamFormSchema.safeParse(value);
  return result.success || result.error.issues.every((issue) => issue.code === 'custom');
}

export function loadDraft(key: string): Draft | undefined {
  try {
    const text = localStorage.getItem(key);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<Draft> | null;
    if (!draft || typeof draft.savedAt !== 'string' || !isDraftValues(draft.values)) return undefined;
    const resourceVersion = typeof draft.resourceVersion === 'string' ? draft.resourceVersion : undefined;
    const base = isRecord(draft.base) ? draft.base : undefined;
    return { values: draft.values, savedAt: draft.savedAt, ...(resourceVersion ? { resourceVersion } : {}), ...(base ? { base } : {}) };
  } catch {
    return undefined;
  }
}

// Storage can be disabled or full: a draft is a safety net, never a reason for the form to fail.
export function saveDraft(key: string, draft: Draft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // See above.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // See saveDraft.
  }
}
