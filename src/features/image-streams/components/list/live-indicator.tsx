import { Label } from '@patternfly/react-core';
import type { LabelProps } from '@patternfly/react-core';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import DisconnectedIcon from '@patternfly/react-icons/dist/esm/icons/disconnected-icon';
import InProgressIcon from '@patternfly/react-icons/dist/esm/icons/in-progress-icon';
import SyncAltIcon from '@patternfly/react-icons/dist/esm/icons/sync-alt-icon';
import type { ReactNode } from 'react';
import { useWatchStatus } from '../../api/live';
import type { WatchStatus } from '../../api/live';

const LOOKS: Record<WatchStatus, { text: string; status?: LabelProps['status']; icon: ReactNode; hint: string }> = {
  connecting: { text: 'Connecting…', icon: <InProgressIcon />, hint: 'Opening the live update stream' },
  live: { text: 'Live', status: 'success', icon: <CheckCircleIcon />, hint: 'Changes made elsewhere show here as they happen' },
  reconnecting: { text: 'Reconnecting…', status: 'warning', icon: <SyncAltIcon />, hint: 'The update stream dropped; catching up from where it stopped' },
  offline: { text: 'Offline', status: 'danger', icon: <DisconnectedIcon />, hint: 'The API cannot be reached: changes made elsewhere do not show until it is back' },
};

/** Whether the namespace's shared watch is delivering changes. Does not start a watch itself. */
export function LiveIndicator({ namespace }: { namespace: string }) {
  const status = useWatchStatus(namespace);
  const look = LOOKS[status];
  return (
    // A polite live region: screen readers hear "Reconnecting…" and "Live" as they happen.
    <span role="status" aria-label={`Live updates: ${status}`} title={look.hint}>
      <Label isCompact status={look.status} color={look.status ? undefined : 'grey'} icon={look.icon}>
        {look.text}
      </Label>
    </span>
  );
}
