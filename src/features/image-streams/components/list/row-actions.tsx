import { MenuToggle } from '@patternfly/react-core';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { useState } from 'react';
import { LazyBoundary } from '../../../../components/ui/lazy-boundary';
import { lazyPart } from '../../../../components/ui/lazy-part';

// The real menu (Dropdown, the delete dialog, the import results) loads with the first click.
const ActionRowMenu = lazyPart(async () => (await import('../actions/action-row-menu')).ActionRowMenu);

/**
 * A row's actions menu, mounted on the first click of its toggle. The real menu brings a Popper and
 * a mutation per row, and rows mount by the dozen on every filter keystroke and scroll; until then
 * the same toggle stands in (also while the menu's code loads). Only a click swaps it (a swap on
 * hover or focus could replace the button between mouse down and up and lose the click); the menu
 * then opens itself, with focus on its toggle.
 */
export function RowActions({ namespace, name }: { namespace: string; name: string }) {
  const [woken, setWoken] = useState(false);
  const standIn = (
    <MenuToggle
      variant="plain"
      size="sm"
      aria-label={`Actions for ${name}`}
      isExpanded={false}
      icon={<EllipsisVIcon />}
      onClick={() => setWoken(true)}
    />
  );
  if (!woken) return standIn;
  // Its code out of reach (the server the dashboard came from is gone): this row's toggle says so,
  // and the list stays.
  const unavailable = (
    <MenuToggle
      variant="plain"
      size="sm"
      aria-label={`Actions for ${name}`}
      // Still focusable, and focused, as the toggle it replaces was; the title is its description.
      aria-disabled
      autoFocus
      title="The actions menu could not load: check the connection, then reload the page"
      icon={<EllipsisVIcon />}
    />
  );
  return (
    <LazyBoundary fallback={unavailable} loading={standIn}>
      <ActionRowMenu namespace={namespace} name={name} openOnMount />
    </LazyBoundary>
  );
}
