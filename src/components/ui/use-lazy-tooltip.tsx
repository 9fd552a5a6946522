import { Tooltip } from '@patternfly/react-core';
import { useRef, useState, type ReactNode, type RefObject } from 'react';

export interface LazyTooltipTrigger<T extends HTMLElement> {
  ref: RefObject<T | null>;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
  onFocus: () => void;
  onBlur: () => void;
}

/**
 * A tooltip mounted only while its trigger is hovered or focused. PatternFly's <Tooltip> reads the
 * computed style of its trigger when it mounts; a virtualized list mounts rows while scrolling,
 * and one forced style recalculation per cell costs whole frames.
 */
export function useLazyTooltip<T extends HTMLElement>(content: ReactNode, options: { forceVisible?: boolean } = {}) {
  const ref = useRef<T>(null);
  const [active, setActive] = useState(false);
  const trigger: LazyTooltipTrigger<T> = {
    ref,
    onMouseEnter: () => setActive(true),
    onMouseLeave: () => setActive(false),
    onFocus: () => setActive(true),
    onBlur: () => setActive(false),
  };
  const visible = active || Boolean(options.forceVisible);
  // aria="none": the trigger carries its own accessible text; the tooltip only repeats it for the eye.
  const tooltip = visible ? <Tooltip triggerRef={ref} content={content} trigger="manual" isVisible aria="none" /> : null;
  return { trigger, tooltip };
}
