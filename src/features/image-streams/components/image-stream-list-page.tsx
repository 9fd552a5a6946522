import {
  Button,
  EmptyState,
  EmptyStateBody,
  PageSection,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { imageStreamQueries } from '../api/queries';
import type { ImageStream } from '../api/schemas';
import { ImageStreamTable } from './image-stream-table';
import { ALL_NAMESPACES_PARAM, listPath, namespaceFromParam, rememberNamespace } from './namespace-route';
import { NamespaceSelect } from './namespace-select';

const byNamespaceThenName = (a: ImageStream, b: ImageStream): number =>
  (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') ||
  a.metadata.name.localeCompare(b.metadata.name);

// Module-level so the sorted array is only rebuilt when the data changes, not on every render.
const sortStreams = (data: { items: ImageStream[] }): ImageStream[] => [...data.items].sort(byNamespaceThenName);

export function ImageStreamListPage() {
  const { namespace: namespaceParam = ALL_NAMESPACES_PARAM } = useParams();
  const navigate = useNavigate();
  const isAll = namespaceParam === ALL_NAMESPACES_PARAM;
  const query = useQuery({
    ...imageStreamQueries.list({ namespace: namespaceFromParam(namespaceParam) }),
    select: sortStreams,
  });

  // Remember every namespace the user lands on, by the selector or by a shared link, for `#/`.
  useEffect(() => rememberNamespace(namespaceParam), [namespaceParam]);

  return (
    <>
      <PageSection>
        <Title headingLevel="h1">ImageStreams</Title>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <NamespaceSelect value={namespaceParam} onChange={(next) => navigate(listPath(next))} />
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </PageSection>
      <PageSection isFilled>
        {query.isPending ? (
          <LoadingState label="Loading ImageStreams" />
        ) : query.isError ? (
          <ErrorState
            error={query.error}
            title="Could not load ImageStreams"
            actions={
              <Button variant="primary" onClick={() => void query.refetch()}>
                Try again
              </Button>
            }
          />
        ) : query.data.length === 0 ? (
          <EmptyState headingLevel="h2" titleText="No ImageStreams">
            <EmptyStateBody>
              {isAll ? 'No ImageStreams in any namespace.' : `No ImageStreams in namespace ${namespaceParam}.`}
            </EmptyStateBody>
          </EmptyState>
        ) : (
          <ImageStreamTable streams={query.data} showNamespace={isAll} />
        )}
      </PageSection>
    </>
  );
}
