import { FlexItem } from '@patternfly/react-core';
import { useState } from 'react';
import { useCanI } from '../../api/access-review';
import { useRollbackTag } from '../../api/actions-tags';
import type { ImageStream } from '../../api/schemas';
import type { HistoryEntry } from '../../model/history';
import { shortDigest } from '../../model/pull-specs';
import { ConfirmModal } from './action-confirm-modal';
import { GuardedButton } from './action-guard';

/** "Make this the current image" on an older history item: a rollback by digest. */
export function ActionRollback({ stream, entry }: { stream: ImageStream; entry: HistoryEntry }) {
  const { name, namespace = '' } = stream.metadata;
  const { tag, event } = entry;
  const can = useCanI({ namespace, verb: 'update', resource: 'imagestreamtags', group: 'image.openshift.io' });
  const rollback = useRollbackTag();
  const [open, setOpen] = useState(false);
  if (entry.isCurrent || !event.image) return null;
  const spec = stream.spec.tags?.find((t) => t.name === tag);
  const short = shortDigest(event.image);
  const close = () => {
    rollback.reset();
    setOpen(false);
  };
  return (
    <FlexItem>
      <GuardedButton variant="link" isInline disabledReason={can.allowed === false ? can.reason : undefined} onClick={() => setOpen(true)}
        aria-label={`Make ${short} the current image of ${tag}`}>
        Make this the current image
      </GuardedButton>
      {open ? (
        <ConfirmModal
          title={`Make ${short} the current image of ${tag}?`}
          confirmLabel="Make current"
          pending={rollback.isPending}
          error={rollback.error}
          onConfirm={() => rollback.mutate({ namespace, name, tag, digest: event.image, spec }, { onSuccess: () => setOpen(false) })}
          onClose={close}
        >
          {name}:{tag} will point at <code>{event.image}</code> (from {event.created}). A new history item records the change; pods that
          use the tag by name pick it up on their next pull or trigger.
          {spec?.from?.kind === 'DockerImage' ? ` The tag stops following ${spec.from.name}${spec.importPolicy?.scheduled ? ' and its scheduled import ends' : ''} until you point it back.` : ''}
        </ConfirmModal>
      ) : null}
    </FlexItem>
  );
}
