import { FlexItem } from '@patternfly/react-core';
import { useState } from 'react';
import { useCanI } from '../../api/access-review';
import { useRemoveTag } from '../../api/actions-tags';
import type { ImageStream } from '../../api/schemas';
import type { TagRow } from '../../model/tag-rows';
import { ConfirmModal } from './action-confirm-modal';
import { GuardedButton } from './action-guard';

/** Removes a tag (spec and status, like `oc tag -d`) after a confirmation. */
export function ActionRemoveTag({ stream, row }: { stream: ImageStream; row: TagRow }) {
  const { name, namespace = '' } = stream.metadata;
  const can = useCanI({ namespace, verb: 'delete', resource: 'imagestreamtags', group: 'image.openshift.io' });
  const remove = useRemoveTag();
  const [open, setOpen] = useState(false);
  const close = () => {
    remove.reset();
    setOpen(false);
  };
  return (
    <FlexItem>
      <GuardedButton variant="secondary" isDanger size="sm" disabledReason={can.allowed === false ? can.reason : undefined} onClick={() => setOpen(true)}>
        Remove {row.name}
      </GuardedButton>
      {open ? (
        <ConfirmModal
          title={`Remove tag ${name}:${row.name}?`}
          confirmLabel="Remove tag"
          variant="danger"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate({ namespace, name, tag: row.name }, { onSuccess: () => setOpen(false) })}
          onClose={close}
        >
          The tag and its history of {row.history.length} item{row.history.length === 1 ? '' : 's'} are removed from {name} in namespace{' '}
          {namespace}. Images stay in the registry; other tags are not touched.
        </ConfirmModal>
      ) : null}
    </FlexItem>
  );
}
