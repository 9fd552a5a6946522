import { Masthead, MastheadBrand, MastheadLogo, MastheadMain, Page } from '@patternfly/react-core';
import type { CSSProperties, ReactNode } from 'react';

// The logo slot is sized for an image; a text brand needs its natural width.
const brandStyle = { '--pf-v6-c-masthead__logo--Width': 'auto' } as CSSProperties;

// A plain hash link: it works even when the router itself is what failed.
const masthead = (
  <Masthead>
    <MastheadMain>
      <MastheadBrand>
        <MastheadLogo component="a" href="#/" style={brandStyle}>
          <span style={{ fontSize: 'var(--pf-t--global--font--size--heading--sm)', fontWeight: 'bold' }}>
            ImageStream Dashboard
          </span>
        </MastheadLogo>
      </MastheadBrand>
    </MastheadMain>
  </Masthead>
);

export function AppLayout({ children }: { children: ReactNode }) {
  return <Page masthead={masthead}>{children}</Page>;
}
