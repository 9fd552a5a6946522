import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader, Stack } from '@patternfly/react-core';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../../../../components/ui/describe-error';

interface ConfirmModalProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  variant?: 'primary' | 'danger';
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** A small confirmation dialog that shows the API's refusal (403, 409, …) plainly in place. */
export function ConfirmModal({ title, children, confirmLabel, variant = 'primary', pending, error, onConfirm, onClose }: ConfirmModalProps) {
  const titleId = useId();
  const problem = error ? describeError(error) : undefined;
  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby={titleId}>
      <ModalHeader title={title} labelId={titleId} titleIconVariant={variant === 'danger' ? 'warning' : undefined} />
      <ModalBody>
        <Stack hasGutter>
          <div>{children}</div>
          {problem ? (
            <Alert component="h2" isInline variant="danger" title={problem.title}>
              <p>{problem.message}</p>
              {problem.hint ? <p>{problem.hint}</p> : null}
            </Alert>
          ) : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button variant={variant} onClick={onConfirm} isLoading={pending} isAriaDisabled={pending}>
          {/* After a refusal the same button is a second try, and says so (as delete's does). */}
          {error ? `${confirmLabel} again` : confirmLabel}
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
