// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft-store';
import { emptyFormValues } from './form-schema';

afterEach(() => localStorage.clear());

describe('draft store', () => {
  it('keys drafts by namespace and stream, with ~new for a new stream', () => {
    expect(draftKey('demo')).toBe('imagestream-dashboard.draft.demo/~new');
    expect(draftKey('demo', 'nginx')).toBe('imagestream-dashboard.draft.demo/nginx');
  });

  it('saves, loads and clears a draft, half-typed values included', () => {
    const key = draftKey('demo');
    const values = { ...emptyFormValues('demo'), name: 'Not_Valid_Yet' };
    saveDraft(key, { values, savedAt: '2026-01-02T03:04:05Z', resourceVersion: '7', base: { spec: { x: 1 } } });
    expect(loadDraft(key)).toEqual({ values, savedAt: '2026-01-02T03:04:05Z', resourceVersion: '7', base: { spec: { x: 1 } } });
    clearDraft(key);
    expect(loadDraft(key)).toBeUndefined();
  });

  it('ignores what is not a draft of this form', () => {
    const key = draftKey('demo');
    localStorage.setItem(key, 'not json');
    expect(loadDraft(key)).toBeUndefined();
    localStorage.setItem(key, JSON.stringify({ savedAt: 'x', values: { name: 1 } }));
    expect(loadDraft(key)).toBeUndefined();
    localStorage.setItem(key, JSON.stringify({ values: emptyFormValues() }));
    expect(loadDraft(key)).toBeUndefined();
  });
});
