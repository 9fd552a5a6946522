import { Alert, AlertActionLink } from '@patternfly/react-core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { clearDraft, loadDraft, saveDraft } from '../../form/draft-store';
import type { Draft } from '../../form/draft-store';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { isRecord } from '../../form/object-access';
import { same } from './form-rebase';

const SAVE_DELAY_MS = 400;

interface DraftOptions {
  key: string;
  form: UseFormReturn<ImageStreamFormValues>;
  /**
   * The values of the version now loaded (edit) or of an empty form (create). A form equal to them holds
   * nothing to lose, so no draft is kept; it changes after a discard, a rebase or a quiet reload.
   */
  pristine: ImageStreamFormValues;
  /** The resourceVersion the edit is based on, stored with the draft. */
  resourceVersion?: string;
  /** The imported YAML a new stream was filled from: its other fields are part of the draft. */
  base?: unknown;
  /** Restore: the form is reset to the draft's values; the caller takes the rest (its base). */
  onRestore?: (draft: Draft) => void;
}

export interface DraftControls {
  /** A draft from an earlier visit, until the user restores or discards it. */
  offer: Draft | undefined;
  restore: () => void;
  discard: () => void;
  /** After a successful save: the draft has served its purpose. */
  finish: () => void;
}

/** Saves the form to localStorage as the user types (debounced, and at once when the page goes away). */
export function useDraft({ key, form, pristine, resourceVersion, base, onRestore }: DraftOptions): DraftControls {
  const [offer, setOffer] = useState<Draft | undefined>(() => {
    const draft = loadDraft(key);
    return draft && !same(draft.values, form.getValues()) ? draft : undefined;
  });
  const pending = useRef<number | undefined>(undefined);
  const finished = useRef(false);
  const state = useRef({ offer, resourceVersion, base, pristine });

  const flush = useCallback(() => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
    // Until the user answers the offer, the old draft is kept rather than overwritten.
    if (finished.current || state.current.offer) return;
    const values = form.getValues();
    if (same(values, state.current.pristine)) clearDraft(key);
    else {
      const { resourceVersion: rv, base: from } = state.current;
      saveDraft(key, { values, savedAt: new Date().toISOString(), ...(rv ? { resourceVersion: rv } : {}), ...(isRecord(from) ? { base: from } : {}) });
    }
  }, [form, key]);

  const schedule = useCallback(() => {
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(flush, SAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    const moved = !same(state.current.pristine, pristine);
    Object.assign(state.current, { resourceVersion, base, pristine });
    // New pristine values judge the form afresh: a draft equal to the new version goes.
    if (moved) schedule();
  }, [resourceVersion, base, pristine, schedule]);

  useEffect(() => {
    const unsubscribe = form.subscribe({ formState: { values: true }, callback: schedule });
    const onHide = () => {
      if (pending.current !== undefined) flush();
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [form, flush, schedule]);

  return {
    offer,
    restore: () => {
      if (!offer) return;
      setOffer(undefined);
      state.current.offer = undefined;
      form.reset(offer.values, { keepDefaultValues: true });
      onRestore?.(offer);
    },
    discard: () => {
      clearDraft(key);
      setOffer(undefined);
      state.current.offer = undefined;
      flush();
    },
    finish: () => {
      finished.current = true;
      window.clearTimeout(pending.current);
      clearDraft(key);
    },
  };
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface DraftOfferProps {
  draft: DraftControls;
  /** The resourceVersion of the stream now (edit): a draft from an older one is said to be so. */
  resourceVersion?: string;
}

export function DraftOffer({ draft, resourceVersion }: DraftOfferProps) {
  const { offer } = draft;
  if (!offer) return null;
  const saved = new Date(offer.savedAt);
  const when = Number.isNaN(saved.getTime()) ? offer.savedAt : timeFormat.format(saved);
  const outdated = resourceVersion !== undefined && offer.resourceVersion !== undefined && offer.resourceVersion !== resourceVersion;
  return (
    <Alert
      component="h2"
      isInline
      variant="info"
      title={`Restore draft from ${when}?`}
      actionLinks={
        <>
          <AlertActionLink onClick={draft.restore}>Restore</AlertActionLink>
          <AlertActionLink onClick={draft.discard}>Discard</AlertActionLink>
        </>
      }
    >
      You left unsaved changes in this form.
      {outdated ? ' The ImageStream has changed on the server since then: restoring puts the draft on top of the current version.' : ''}
    </Alert>
  );
}
