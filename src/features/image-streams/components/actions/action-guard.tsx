import { Button, Tooltip } from '@patternfly/react-core';
import type { ButtonProps } from '@patternfly/react-core';
import { useId } from 'react';
import type { ReactNode } from 'react';

interface GuardedButtonProps extends Omit<ButtonProps, 'isAriaDisabled'> {
  /** Why the action is not possible; the button stays focusable so the reason can be read. */
  disabledReason?: string;
  children: ReactNode;
}

/** A button that, when not allowed, stays focusable and says why in a tooltip and to screen readers. */
export function GuardedButton({ disabledReason, isDisabled, children, ...props }: GuardedButtonProps) {
  const reasonId = useId();
  // A busy button is aria-disabled, not disabled: a disabled button drops keyboard focus to <body>.
  if (!disabledReason) return <Button {...props} isAriaDisabled={isDisabled}>{children}</Button>;
  return (
    <Tooltip content={disabledReason} aria="none">
      <Button {...props} onClick={undefined} isAriaDisabled aria-describedby={reasonId}>
        {children}
        <span id={reasonId} hidden>
          {disabledReason}
        </span>
      </Button>
    </Tooltip>
  );
}
