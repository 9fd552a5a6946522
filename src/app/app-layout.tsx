import { Masthead, MastheadBrand, MastheadLogo, MastheadMain, SkipToContent } from '@patternfly/react-core';
import '@patternfly/react-styles/css/components/Page/page.css';
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

/**
 * PatternFly's page markup without its <Page>: with no sidebar and no notification drawer it only
 * adds a resize observer, and it always brings the Drawer with its focus trap (about 10 kB gzip of
 * the first route).
 */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <div className="pf-v6-c-page pf-m-no-sidebar">
      {skipToContent}
      {masthead}
      <div className="pf-v6-c-page__main-container">
        <main className="pf-v6-c-page__main" id={MAIN_ID} tabIndex={-1}>
          <RouteFocus mainId={MAIN_ID} />
          {children}
        </main>
      </div>
    </div>
  );
}
