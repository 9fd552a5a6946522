import type { CSSProperties, ReactNode } from 'react';

const GAPS = { xs: 'var(--pf-t--global--spacer--xs)', sm: 'var(--pf-t--global--spacer--sm)' } as const;

interface InlineGroupProps {
  gap: keyof typeof GAPS;
  /** Wrap to a new line when the row is too narrow (default: stay on one line). */
  wrap?: boolean;
  component?: 'div' | 'span';
  children: ReactNode;
}

/**
 * Items side by side, vertically centred, with one of PatternFly's spacers between them. PatternFly's
 * Flex layout does this too, but its class map and CSS (every modifier at every breakpoint) weigh 8 kB
 * gzip, a thirtieth of the list's first load, for the three rows of it that route uses.
 */
export function InlineGroup({ gap, wrap = false, component: Component = 'div', children }: InlineGroupProps) {
  const style: CSSProperties = {
    display: Component === 'span' ? 'inline-flex' : 'flex',
    alignItems: 'center',
    flexWrap: wrap ? 'wrap' : 'nowrap',
    gap: GAPS[gap],
  };
  return (
    <Component style={style}>
      {children}
    </Component>
  );
}
