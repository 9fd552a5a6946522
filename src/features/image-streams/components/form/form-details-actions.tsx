import { Flex, FlexItem } from '@patternfly/react-core';
import PencilAltIcon from '@patternfly/react-icons/dist/esm/icons/pencil-alt-icon';
import { useQuery } from '@tanstack/react-query';
import { useHref } from 'react-router';
import { useCanI } from '../../api/access-review';
import { imageStreamQueries } from '../../api/queries';
import { GuardedButton } from '../actions/action-guard';
import { ExportButton } from './form-export-button';
import { detailsPath } from '../list/namespace-route';

/** Edit (disabled with the reason where RBAC says no) and Export on a stream's details page; the stream comes from the page's own query. */
export function DetailsActions({ namespace, name }: { namespace: string; name: string }) {
  const { data: stream } = useQuery(imageStreamQueries.detail({ namespace, name }));
  const editHref = useHref(`${detailsPath(namespace, name)}/edit`);
  const canUpdate = useCanI({ namespace, verb: 'update', resource: 'imagestreams', group: 'image.openshift.io' });
  const denied = canUpdate.allowed === false ? canUpdate.reason : undefined;
  return (
    <Flex spaceItems={{ default: 'spaceItemsSm' }}>
      <FlexItem>
        <GuardedButton variant="secondary" {...(denied ? {} : { component: 'a', href: editHref })} icon={<PencilAltIcon />} disabledReason={denied}>
          Edit
        </GuardedButton>
      </FlexItem>
      <FlexItem>
        <ExportButton getObject={() => stream} isDisabled={!stream} />
      </FlexItem>
    </Flex>
  );
}
