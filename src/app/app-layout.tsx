import { Masthead, MastheadBrand, MastheadLogo, MastheadMain, Page, SkipToContent } from '@patternfly/react-core';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { RouteFocus } from './route-focus';

const MAIN_ID = 'main-content';

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

// Routes live in the hash, so "#main-content" would be a route: focus the main element instead.
const skipToMain = (event: MouseEvent) => {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
};

const skipToContent = (
  <SkipToContent href={`#${MAIN_ID}`} onClick={skipToMain}>
    Skip to content
  </SkipToContent>
);

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Page masthead={masthead} skipToContent={skipToContent} mainContainerId={MAIN_ID}>
      <RouteFocus mainId={MAIN_ID} />
      {children}
    </Page>
  );
}
