import {
  Breadcrumb,
  BreadcrumbItem,
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  PageSection,
  Stack,
  Title,
} from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { imageStreamQueries } from '../api/queries';
import { listPath } from './namespace-route';

/** Interim details page: proves the stream exists and links back; the tabs come later. */
export function ImageStreamDetailsPage() {
  const { namespace = '', name = '' } = useParams();
  const query = useQuery(imageStreamQueries.detail({ namespace, name }));

  return (
    <>
      <PageSection type="breadcrumb">
        <Breadcrumb>
          <BreadcrumbItem
            render={({ className }) => (
              <Link className={className} to={listPath(namespace)}>
                ImageStreams in {namespace}
              </Link>
            )}
          />
          <BreadcrumbItem isActive>{name}</BreadcrumbItem>
        </Breadcrumb>
      </PageSection>
      <PageSection>
        <Title headingLevel="h1">{name}</Title>
      </PageSection>
      <PageSection isFilled>
        {query.isPending ? (
          <LoadingState label={`Loading ImageStream ${name}`} />
        ) : query.isError ? (
          <ErrorState error={query.error} title={`Could not load ImageStream ${name}`} />
        ) : (
          <Stack hasGutter>
            <DescriptionList isHorizontal>
              <DescriptionListGroup>
                <DescriptionListTerm>Namespace</DescriptionListTerm>
                <DescriptionListDescription>{query.data.metadata.namespace}</DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>Image repository</DescriptionListTerm>
                <DescriptionListDescription>
                  {query.data.status?.dockerImageRepository || '—'}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>Spec tags</DescriptionListTerm>
                <DescriptionListDescription>
                  {(query.data.spec.tags ?? []).map((tag) => tag.name).join(', ') || 'none'}
                </DescriptionListDescription>
              </DescriptionListGroup>
            </DescriptionList>
            <Content component="p">
              Not built yet: the Tags, History and YAML tabs, editing, re-import and delete.
            </Content>
          </Stack>
        )}
      </PageSection>
    </>
  );
}
