// Create / Save / Validate: values -> the object -> the server, and its answer back onto the form.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { isConflict } from '../../../../lib/k8s/errors';
import { useCreateImageStream, useUpdateImageStream } from '../../api/mutations';
import { imageStreamQueries } from '../../api/queries';
import type { ImageStream } from '../../api/schemas';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { serverErrorsToForm } from '../../form/server-errors';
import type { FormError } from '../../form/server-errors';
import { toObject } from '../../form/to-object';

export type SubmitOutcome =
  | { kind: 'valid' }
  /** The server refused the PUT: the stream changed since the edit began. */
  | { kind: 'conflict' }
  /** Errors the server gave, as set on the form (for a summary next to the buttons). */
  | { kind: 'rejected'; errors: FormError[] };

interface SubmitOptions {
  form: UseFormReturn<ImageStreamFormValues>;
  mode: 'create' | 'edit';
  /** The object the form started from; its fields the form does not model are sent as they are. */
  base: unknown;
  onSaved: (stream: ImageStream) => void;
  /**
   * Edit, after 409 Conflict: the current object when what changed on the server is only its own
   * bookkeeping (status, resourceVersion), so the save can be sent again on top of it; else undefined.
   */
  rebaseQuietly?: (current: ImageStream) => boolean;
}

export function useSubmitImageStream({ form, mode, base, onSaved, rebaseQuietly }: SubmitOptions) {
  const queryClient = useQueryClient();
  const create = useCreateImageStream();
  const update = useUpdateImageStream();
  const mutation = mode === 'create' ? create : update;
  const [outcome, setOutcome] = useState<SubmitOutcome>();

  const attempt = async (values: ImageStreamFormValues, from: unknown, dryRun: boolean, retry: boolean): Promise<void> => {
    try {
      const saved = await mutation.mutateAsync({ object: toObject(values, from), dryRun });
      if (dryRun) setOutcome({ kind: 'valid' });
      else onSaved(saved);
    } catch (error) {
      if (mode === 'edit' && isConflict(error)) {
        const detail = imageStreamQueries.detail({ namespace: values.namespace, name: values.name });
        const current = await queryClient.fetchQuery({ ...detail, staleTime: 0 }).catch(() => undefined);
        // A status write (an import) moves resourceVersion too; that is no reason to bother the user.
        if (retry && current && rebaseQuietly?.(current)) return attempt(values, current, dryRun, false);
        setOutcome({ kind: 'conflict' });
        return;
      }
      const errors = serverErrorsToForm(error, values);
      const first = errors.find((e) => !e.path.startsWith('root.'));
      for (const e of errors) form.setError(e.path, { type: 'server', message: e.message }, { shouldFocus: e === first });
      setOutcome({ kind: 'rejected', errors });
    }
  };

  const send = (dryRun: boolean) =>
    form.handleSubmit(async (values) => {
      setOutcome(undefined);
      await attempt(values, base, dryRun, true);
    });

  return {
    submit: send(false),
    validate: send(true),
    outcome,
    clearOutcome: () => setOutcome(undefined),
    /** Which button's request is under way. */
    pending: mutation.isPending ? (mutation.variables?.dryRun ? ('validate' as const) : ('submit' as const)) : undefined,
    /** Saved: the form is on its way out, and the watch's echo of the save is no news. */
    isSaved: mutation.isSuccess && !mutation.variables?.dryRun,
  };
}
