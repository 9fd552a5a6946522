import { PageSection } from '@patternfly/react-core';
import { usePrefetchQuery } from '@tanstack/react-query';
import { Suspense, lazy } from 'react';
import { HashRouter, Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { LoadingState } from '../components/ui/loading-state';
import { imageStreamQueries } from '../features/image-streams/api/queries';
import { ImageStreamListPage } from '../features/image-streams/components/list/image-stream-list-page';
import { listPath, readLastNamespace } from '../features/image-streams/components/list/namespace-route';
import { AppLayout } from './app-layout';
import { NotFoundPage, RouteErrorBoundary } from './route-error';

// The list is the first route and ships in the entry chunk. Details and the forms (react-hook-form,
// zod, YAML) load on first visit. Navigations run in a transition, so the current page stays on
// screen until the next one's code is in.
const ImageStreamDetailsPage = lazy(async () => ({
  default: (await import('../features/image-streams/components/details/image-stream-details-page')).ImageStreamDetailsPage,
}));
const ImageStreamCreatePage = lazy(async () => ({
  default: (await import('../features/image-streams/components/form/form-create-page')).ImageStreamCreatePage,
}));
const ImageStreamEditPage = lazy(async () => ({
  default: (await import('../features/image-streams/components/form/form-edit-page')).ImageStreamEditPage,
}));

// Shown only when the app opens on a lazy page: the same spinner those pages show while their data loads.
const pageFallback = (
  <PageSection isFilled>
    <LoadingState label="Loading page" />
  </PageSection>
);

// The stream is asked for while the page's code loads, not after: the page then opens on its data.
function DetailsRoute() {
  const { namespace = '', name = '' } = useParams();
  usePrefetchQuery(imageStreamQueries.detail({ namespace, name }));
  return <ImageStreamDetailsPage />;
}

function LastNamespaceRedirect() {
  return <Navigate replace to={listPath(readLastNamespace())} />;
}

function NamespaceRedirect() {
  const { namespace = '' } = useParams();
  return <Navigate replace to={listPath(namespace)} />;
}

function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary pathname={pathname}>
      <Suspense fallback={pageFallback}>
        <Routes>
          <Route index element={<LastNamespaceRedirect />} />
          <Route path="ns/:namespace" element={<NamespaceRedirect />} />
          <Route path="ns/:namespace/imagestreams" element={<ImageStreamListPage />} />
          <Route path="ns/:namespace/imagestreams/~new" element={<ImageStreamCreatePage />} />
          <Route path="ns/:namespace/imagestreams/:name" element={<DetailsRoute />} />
          <Route path="ns/:namespace/imagestreams/:name/edit" element={<ImageStreamEditPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </RouteErrorBoundary>
  );
}

// Hash routes: kubectl proxy --www has no SPA fallback, so the document path must stay /ui/.
// The declarative router: the app uses no loaders or actions, and the data router would add ~18 kB
// gzip to the first route.
export function AppRouter() {
  return (
    <HashRouter>
      <AppLayout>
        <AppRoutes />
      </AppLayout>
    </HashRouter>
  );
}
