import { Navigate, Outlet, createHashRouter, useParams } from 'react-router';
import { ImageStreamCreatePage } from '../features/image-streams/components/form/form-create-page';
import { ImageStreamEditPage } from '../features/image-streams/components/form/form-edit-page';
import { ImageStreamDetailsPage } from '../features/image-streams/components/details/image-stream-details-page';
import { ImageStreamListPage } from '../features/image-streams/components/list/image-stream-list-page';
import { listPath, readLastNamespace } from '../features/image-streams/components/list/namespace-route';
import { AppLayout } from './app-layout';
import { NotFoundPage, RouteError } from './route-error';

function LastNamespaceRedirect() {
  return <Navigate replace to={listPath(readLastNamespace())} />;
}

function NamespaceRedirect() {
  const { namespace = '' } = useParams();
  return <Navigate replace to={listPath(namespace)} />;
}

// Hash routes: kubectl proxy --www has no SPA fallback, so the document path must stay /ui/.
export function createAppRouter() {
  return createHashRouter([
    {
      element: (
        <AppLayout>
          <Outlet />
        </AppLayout>
      ),
      errorElement: (
        <AppLayout>
          <RouteError />
        </AppLayout>
      ),
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <LastNamespaceRedirect /> },
            { path: 'ns/:namespace', element: <NamespaceRedirect /> },
            { path: 'ns/:namespace/imagestreams', element: <ImageStreamListPage /> },
            { path: 'ns/:namespace/imagestreams/~new', element: <ImageStreamCreatePage /> },
            { path: 'ns/:namespace/imagestreams/:name', element: <ImageStreamDetailsPage /> },
            { path: 'ns/:namespace/imagestreams/:name/edit', element: <ImageStreamEditPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
