import { Button, Content, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Modal, ModalBody, ModalFooter, ModalHeader, Radio, Stack, TextInput } from '@patternfly/react-core';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDeleteImageStream } from '../../api/actions';
import type { PropagationPolicy } from '../../api/actions';
import type { ImageStream } from '../../api/schemas';
import { deleteSummary, plural } from '../../model/delete-summary';
import { DeleteOutcome, DeleteWaiting } from './action-delete-progress';
import { pushActionNotice } from './action-notice-store';
import { listPath } from '../list/namespace-route';

// The Python class's delete_timeout.
export const DEFAULT_DELETE_TIMEOUT_SECONDS = 240;

const POLICIES: { value: PropagationPolicy; label: string; description: string }[] = [
  { value: 'Foreground', label: 'Foreground', description: 'Dependents are deleted first (the web console default).' },
  { value: 'Background', label: 'Background', description: 'The stream goes at once; dependents are cleaned up afterwards.' },
  { value: 'Orphan', label: 'Orphan', description: 'Dependents are kept.' },
];

export const deletedNotice = (namespace: string, name: string) => `ImageStream ${name} was deleted from namespace ${namespace}`;

interface DeleteStreamModalProps {
  stream: ImageStream;
  onClose: () => void;
  /** Go to the namespace's list once deleted (from the details page). */
  navigateOnDelete?: boolean;
}

const announce = ({ namespace, name }: { namespace: string; name: string }) => pushActionNotice(deletedNotice(namespace, name));

export function DeleteStreamModal({ stream, onClose, navigateOnDelete = false }: DeleteStreamModalProps) {
  const { name, namespace = '' } = stream.metadata;
  const navigate = useNavigate();
  const mutation = useDeleteImageStream({ onDeleted: announce });
  const [policy, setPolicy] = useState<PropagationPolicy>('Foreground');
  const [timeout, setTimeoutText] = useState(String(DEFAULT_DELETE_TIMEOUT_SECONDS));
  const [startedAt, setStartedAt] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const summary = deleteSummary(stream);
  const timeoutSeconds = Number(timeout);
  const timeoutValid = timeout.trim() !== '' && Number.isInteger(timeoutSeconds) && timeoutSeconds > 0;

  const start = () => {
    abort.current = new AbortController();
    setStartedAt(Date.now());
    mutation.mutate(
      { namespace, name, propagationPolicy: policy, timeoutSeconds, signal: abort.current.signal },
      {
        onSuccess: () => {
          if (navigateOnDelete) void navigate(listPath(namespace));
          else onClose();
        },
      },
    );
  };
  const close = () => {
    abort.current?.abort();
    onClose();
  };

  return (
    <Modal variant="small" isOpen onClose={close} aria-labelledby="delete-stream-title">
      <ModalHeader title="Delete ImageStream?" titleIconVariant="warning" labelId="delete-stream-title" />
      <ModalBody>
        <Stack hasGutter>
          <Content component="p">
            Are you sure you want to delete <strong>{name}</strong> in namespace <strong>{namespace}</strong>? It has{' '}
            {plural(summary.tags, 'tag')} and {plural(summary.images, 'image')} in its history.
          </Content>
          <Form onSubmit={(event) => event.preventDefault()}>
            <FormGroup role="radiogroup" isStack fieldId="delete-propagation" label="Propagation policy">
              {POLICIES.map((p) => (
                <Radio key={p.value} id={`delete-propagation-${p.value}`} name="delete-propagation" label={p.label} description={p.description}
                  isChecked={policy === p.value} isDisabled={mutation.isPending} onChange={() => setPolicy(p.value)} />
              ))}
            </FormGroup>
            <FormGroup label="Wait timeout (seconds)" fieldId="delete-timeout">
              <TextInput id="delete-timeout" type="number" min={1} value={timeout} isDisabled={mutation.isPending}
                validated={timeoutValid ? 'default' : 'error'} onChange={(_event, value) => setTimeoutText(value)} />
              <FormHelperText>
                <HelperText>
                  <HelperTextItem variant={timeoutValid ? 'default' : 'error'}>
                    {timeoutValid ? 'How long to wait until the stream is really gone.' : 'Enter a whole number of seconds above 0.'}
                  </HelperTextItem>
                </HelperText>
              </FormHelperText>
            </FormGroup>
          </Form>
          {mutation.isPending ? <DeleteWaiting name={name} startedAt={startedAt} /> : null}
          {mutation.isError ? <DeleteOutcome error={mutation.error} name={name} namespace={namespace} /> : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={start} isAriaDisabled={!timeoutValid || mutation.isPending} isLoading={mutation.isPending}>
          {mutation.isError ? 'Delete again' : 'Delete'}
        </Button>
        {mutation.isPending ? (
          <Button variant="secondary" onClick={() => abort.current?.abort()}>
            Stop waiting
          </Button>
        ) : null}
        <Button variant="link" onClick={close}>
          {mutation.isError ? 'Close' : 'Cancel'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
