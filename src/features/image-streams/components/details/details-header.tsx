import { Breadcrumb, BreadcrumbItem, Content, Flex, FlexItem, PageSection, Title } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DetailsStreamActions } from '../actions/action-details';
import { DetailsActions } from '../form/form-details-actions';
import { listPath } from '../list/namespace-route';

interface DetailsHeaderProps {
  namespace: string;
  name: string;
  /** `openshift.io/display-name`, which the web console shows under the name. */
  displayName?: string;
  /** The live-updates indicator. */
  status?: ReactNode;
}

export function DetailsHeader({ namespace, name, displayName, status }: DetailsHeaderProps) {
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
        <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }} alignItems={{ default: 'alignItemsFlexStart' }}>
          <FlexItem>
            <Title headingLevel="h1">{name}</Title>
            <Content component="p">
              ImageStream in namespace <strong>{namespace}</strong>
              {displayName ? ` · ${displayName}` : null}
            </Content>
          </FlexItem>
          {status ? <FlexItem>{status}</FlexItem> : null}
          <FlexItem>
            <DetailsActions namespace={namespace} name={name} />
          </FlexItem>
          <FlexItem><DetailsStreamActions namespace={namespace} name={name} /></FlexItem>
        </Flex>
      </PageSection>
    </>
  );
}
