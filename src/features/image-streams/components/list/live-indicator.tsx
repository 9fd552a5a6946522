import { Label } from '@patternfly/react-core';
import type { LabelProps } from '@patternfly/react-core';
import BanIcon from '@patternfly/react-icons/dist/esm/icons/ban-icon';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import DisconnectedIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-disconnected-icon';
import InProgressIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-in-progress-icon';
import LockIcon from '@patternfly/react-icons/dist/esm/icons/lock-icon';
import SyncAltIcon from '@patternfly/react-icons/dist/esm/icons/sync-alt-icon';
import type { ReactNode } from 'react';
import { describeError } from '../../../../components/ui/describe-error';
import { useWatchState } from '../../api/live';
import type { WatchStatus } from '../../api/live';

interface Look {
  text: string;
  status?: LabelProps['status'];
  icon: ReactNode;
  hint: string;
}

const LOOKS: Record<WatchStatus, Look> = {
  connecting: { text: 'Connecting…', icon: <InProgressIcon />, hint: 'Opening the live update stream' },
  live: { text: 'Live', status: 'success', icon: <CheckCircleIcon />, hint: 'Changes made elsewhere show here as they happen' },
  reconnecting: { text: 'Reconnecting…', status: 'warning', icon: <SyncAltIcon />, hint: 'The update stream dropped; catching up from where it stopped' },
  offline: { text: 'Offline', status: 'danger', icon: <DisconnectedIcon />, hint: 'The API cannot be reached: changes made elsewhere show once it is back, without a reload' },
  denied: { text: 'No access', status: 'warning', icon: <LockIcon />, hint: 'You may not watch ImageStreams here, so changes made elsewhere do not show until you reload' },
  stopped: { text: 'Not live', status: 'danger', icon: <BanIcon />, hint: 'Live updates stopped; reload the page to start them again' },
};

/** The hint, plus the server's reason and what to do when the watch is not live, for the tooltip and screen readers. */
function hintFor(look: Look, status: WatchStatus, error: unknown): string {
  if (error === undefined || status === 'live' || status === 'connecting') return look.hint;
  const { message, hint } = describeError(error);
  return [look.hint, message, hint].filter(Boolean).join('. ');
}

/** Whether a shared watch (see watchKey) is delivering changes. Does not start a watch itself. */
export function LiveIndicator({ watchKey }: { watchKey: string }) {
  const { status, error } = useWatchState(watchKey);
  const look = LOOKS[status];
  return (
    // A polite live region: screen readers hear "Reconnecting…" and "Live" as they happen.
    <span role="status" aria-label={`Live updates: ${status}`} title={hintFor(look, status, error)}>
      <Label isCompact status={look.status} color={look.status ? undefined : 'grey'} icon={look.icon}>
        {look.text}
      </Label>
    </span>
  );
}
