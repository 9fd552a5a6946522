import { MenuToggle } from '@patternfly/react-core';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { useEffect, useRef, useState } from 'react';
import { ActionRowMenu } from '../actions/action-row-menu';

/**
 * A row's actions menu, mounted on the first click of its toggle. The real menu brings a Popper and
 * a mutation per row, and rows mount by the dozen on every filter keystroke and scroll; until then
 * the same toggle stands in. Only a click swaps it (a swap on hover or focus could replace the
 * button between mouse down and up and lose the click); the click is then handed on, with focus.
 */
export function RowActions({ namespace, name }: { namespace: string; name: string }) {
  const [woken, setWoken] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!woken) return;
    // A task later: the waking click is still bubbling, and the open menu would take it for a
    // click outside (its target, the stand-in, is gone) and close again.
    const timer = setTimeout(() => {
      const toggle = box.current?.querySelector<HTMLButtonElement>('button');
      toggle?.focus();
      toggle?.click();
    }, 0);
    return () => clearTimeout(timer);
  }, [woken]);
  if (woken) {
    return (
      <span ref={box} style={{ display: 'contents' }}>
        <ActionRowMenu namespace={namespace} name={name} />
      </span>
    );
  }
  return (
    <MenuToggle
      variant="plain"
      size="sm"
      aria-label={`Actions for ${name}`}
      isExpanded={false}
      icon={<EllipsisVIcon />}
      onClick={() => setWoken(true)}
    />
  );
}
