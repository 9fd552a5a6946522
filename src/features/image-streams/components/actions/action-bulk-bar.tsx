import { Button } from '@patternfly/react-core';
import { useState } from 'react';
import { InlineGroup } from '../../../../components/ui/inline-group';
import { LazyBoundary } from '../../../../components/ui/lazy-boundary';
import { lazyPart } from '../../../../components/ui/lazy-part';
import type { BulkActionKind } from './action-bulk-modal';
import { clearSelected, useSelectedStreams } from './action-selection-store';

// The dialog (PatternFly's Modal with its focus trap) is not part of the list's first load.
const BulkActionModal = lazyPart(async () => (await import('./action-bulk-modal')).BulkActionModal);

/** "Re-import selected" and "Delete selected" for the rows ticked in the list, each stream's outcome reported. */
export function ActionBulkBar() {
  const selected = useSelectedStreams();
  const [action, setAction] = useState<BulkActionKind | null>(null);
  // The dialog's code could not load: said next to the buttons until the selection is cleared.
  const [unavailable, setUnavailable] = useState(false);
  if (!selected.length && !action) return null;
  const clear = () => {
    setUnavailable(false);
    clearSelected();
  };
  return (
    <InlineGroup gap="sm" wrap>
      <span>{selected.length} selected</span>
      <Button variant="secondary" onClick={() => setAction('reimport')}>Re-import selected</Button>
      <Button variant="danger" onClick={() => setAction('delete')}>Delete selected</Button>
      <Button variant="link" onClick={clear}>Clear selection</Button>
      {unavailable ? <DialogUnavailable /> : null}
      {action ? (
        <LazyBoundary fallback={null} onError={() => { setUnavailable(true); setAction(null); }}>
          <BulkActionModal action={action} selected={selected} onClose={() => setAction(null)} />
        </LazyBoundary>
      ) : null}
    </InlineGroup>
  );
}

// Its code out of reach (the server the dashboard came from is gone): said next to the buttons, nothing sent.
function DialogUnavailable() {
  return <span role="alert">The dialog could not load: check the connection, then reload the page. Nothing was changed.</span>;
}
