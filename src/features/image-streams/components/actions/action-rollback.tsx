import { FlexItem } from '@patternfly/react-core';
import { useState } from 'react';
import { useRollbackTag } from '../../api/actions-tags';
import type { ImageStream } from '../../api/schemas';
import type { HistoryEntry } from '../../model/history';
import { shortDigest } from '../../model/pull-specs';
import { ConfirmModal } from './action-confirm-modal';
import { GuardedButton } from './action-guard';

interface ActionRollbackProps {
  stream: ImageStream;
  entry: HistoryEntry;
  /** Why the user may not update imagestreamtags; checked once by the history for all its items. */
  disabledReason?: string;
}

/**
 * "Make this the current image" on an older history item: a rollback by digest. A merged timeline
 * has a thousand items: the mutation exists only while the confirmation is open.
 */
export function ActionRollback({ stream, entry, disabledReason }: ActionRollbackProps) {
  const [open, setOpen] = useState(false);
  if (entry.isCurrent || !entry.event.image) return null;
  const short = shortDigest(entry.event.image);
  return (
    <FlexItem>
      <GuardedButton variant="link" isInline disabledReason={disabledReason} onClick={() => setOpen(true)}
        aria-label={`Make ${short} the current image of ${entry.tag}`}>
        Make this the current image
      </GuardedButton>
      {open ? <RollbackConfirm stream={stream} entry={entry} onClose={() => setOpen(false)} /> : null}
    </FlexItem>
  );
}

function RollbackConfirm({ stream, entry, onClose }: { stream: ImageStream; entry: HistoryEntry; onClose: () => void }) {
  const { name, namespace = '' } = stream.metadata;
  const { tag, event } = entry;
  const rollback = useRollbackTag();
  const spec = stream.spec.tags?.find((t) => t.name === tag);
  const short = shortDigest(event.image);
  return (
    <ConfirmModal
      title={`Make ${short} the current image of ${tag}?`}
      confirmLabel="Make current"
      pending={rollback.isPending}
      error={rollback.error}
      onConfirm={() => rollback.mutate({ namespace, name, tag, digest: event.image, spec }, { onSuccess: onClose })}
      onClose={onClose}
    >
      {name}:{tag} will point at <code>{event.image}</code> (from {event.created}). A new history item records the change; pods that
      use the tag by name pick it up on their next pull or trigger.
      {spec?.from?.kind === 'DockerImage' ? ` The tag stops following ${spec.from.name}${spec.importPolicy?.scheduled ? ' and its scheduled import ends' : ''} until you point it back.` : ''}
    </ConfirmModal>
  );
}
