import { Alert, Button, List, ListItem, Modal, ModalBody, ModalFooter, ModalHeader, Spinner, Stack } from '@patternfly/react-core';
import { describeError } from '../../../../components/ui/describe-error';
import { DeletionTimeoutError } from '../../api/actions';
import { useBulkAction } from '../../api/actions-bulk';
import type { BulkOutcome } from '../../api/actions-bulk';
import { outcomeText } from './action-import-state';
import { clearSelected, type StreamRef } from './action-selection-store';

export type BulkActionKind = 'delete' | 'reimport';

function outcomeLine(o: BulkOutcome, action: BulkActionKind): string {
  const who = `${o.target.namespace}/${o.target.name}`;
  if (o.ok) return action === 'delete' ? `${who}: deleted` : `${who}: ${o.result?.outcomes.map(outcomeText).join('; ') || 'nothing to import'}`;
  if (o.error instanceof DeletionTimeoutError) return `${who}: ${o.error.message}; finalizers: ${o.error.finalizers.join(', ') || 'none'}`;
  const { title, message } = describeError(o.error);
  return `${who}: failed (${title}) ${message}`;
}

interface BulkActionModalProps {
  action: BulkActionKind;
  selected: readonly StreamRef[];
  onClose: () => void;
}

/** The confirmation of a bulk action, then each stream's outcome. Loaded on first use, with its Modal. */
export function BulkActionModal({ action, selected, onClose }: BulkActionModalProps) {
  const bulk = useBulkAction();
  const close = () => {
    if (bulk.isSuccess) clearSelected();
    onClose();
  };
  const verb = action === 'delete' ? 'Delete' : 'Re-import';
  return (
    <Modal variant="small" isOpen onClose={close} aria-labelledby="bulk-action-title">
      <ModalHeader title={`${verb} ${selected.length} ImageStream${selected.length === 1 ? '' : 's'}?`} labelId="bulk-action-title" />
      <ModalBody>
        <Stack hasGutter>
          {!bulk.data ? (
            <List aria-label="Selected ImageStreams">
              {selected.map((s) => <ListItem key={`${s.namespace}/${s.name}`}>{s.namespace}/{s.name}</ListItem>)}
            </List>
          ) : (
            <Alert component="h2" isInline variant={bulk.data.every((o) => o.ok) ? 'success' : 'warning'} title={`${verb} finished`}>
              <List aria-label="Outcome per ImageStream">
                {bulk.data.map((o) => <ListItem key={`${o.target.namespace}/${o.target.name}`}>{outcomeLine(o, action)}</ListItem>)}
              </List>
            </Alert>
          )}
          {bulk.isPending ? <Spinner size="md" aria-label={`${verb} in progress`} /> : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        {!bulk.data ? (
          <Button variant={action === 'delete' ? 'danger' : 'primary'} isLoading={bulk.isPending} isAriaDisabled={bulk.isPending}
            onClick={() => bulk.mutate({ action, targets: [...selected] })}>
            {verb}
          </Button>
        ) : null}
        <Button variant="link" onClick={close}>{bulk.data ? 'Close' : 'Cancel'}</Button>
      </ModalFooter>
    </Modal>
  );
}
