import { ActionGroup, Alert, Button, Stack } from '@patternfly/react-core';
import type { BaseSyntheticEvent } from 'react';
import { useFormState } from 'react-hook-form';
import type { UseFormGetValues } from 'react-hook-form';
import { useHref } from 'react-router';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { GuardedButton } from '../actions/action-guard';
import { ServerErrorAlert } from './form-alerts';
import type { FormControl } from './form-fields';
import type { SubmitOutcome } from './form-submit';

interface FormActionsProps {
  control: FormControl;
  getValues: UseFormGetValues<ImageStreamFormValues>;
  isEdit: boolean;
  outcome: SubmitOutcome | undefined;
  pending: 'submit' | 'validate' | undefined;
  onValidate: (event: BaseSyntheticEvent) => void;
  cancelPath: string;
  /** Why the user may not save here (RBAC), if they may not. */
  deniedReason?: string;
}

/** What the last Create / Save / Validate said, and the buttons. */
export function FormActions({ control, getValues, isEdit, outcome, pending, onValidate, cancelPath, deniedReason }: FormActionsProps) {
  const { isSubmitted, errors } = useFormState({ control });
  const cancelHref = useHref(cancelPath);
  const busy = pending !== undefined;
  return (
    <>
      <Stack hasGutter>
        {outcome?.kind === 'valid' ? <Alert component="h2" isInline variant="success" title="Valid: the server accepts this ImageStream" /> : null}
        {outcome?.kind === 'rejected' ? <ServerErrorAlert errors={outcome.errors} values={getValues()} isEdit={isEdit} /> : null}
        {isSubmitted && outcome === undefined && Object.keys(errors).length > 0 ? <Alert component="h2" isInline variant="danger" title="Check the marked fields" /> : null}
      </Stack>
      <ActionGroup>
        {deniedReason ? (
          <>
            <GuardedButton variant="primary" disabledReason={deniedReason}>
              {isEdit ? 'Save' : 'Create'}
            </GuardedButton>
            <GuardedButton variant="secondary" disabledReason={deniedReason}>
              Validate
            </GuardedButton>
          </>
        ) : (
          <>
            <Button type="submit" variant="primary" isLoading={pending === 'submit'} isDisabled={busy}>
              {isEdit ? 'Save' : 'Create'}
            </Button>
            <Button variant="secondary" onClick={onValidate} isLoading={pending === 'validate'} isDisabled={busy}>
              Validate
            </Button>
          </>
        )}
        <Button variant="link" component="a" href={cancelHref}>
          Cancel
        </Button>
      </ActionGroup>
    </>
  );
}
