import { Flex, FlexItem } from '@patternfly/react-core';
import TrashIcon from '@patternfly/react-icons/dist/esm/icons/trash-icon';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanI } from '../../api/access-review';
import { useReimport } from '../../api/actions-import';
import { imageStreamQueries } from '../../api/queries';
import { importableTags } from '../../model/reimport';
import { DeleteStreamModal } from './action-delete-modal';
import { GuardedButton } from './action-guard';
import { ImportResults } from './action-import-results';
import { useImportRuns } from './action-import-state';

const group = 'image.openshift.io';

/** Delete (and re-import) on the details page, each disabled with the reason when RBAC says no. */
export function DetailsStreamActions({ namespace, name }: { namespace: string; name: string }) {
  const { data: stream } = useQuery(imageStreamQueries.detail({ namespace, name }));
  const canDelete = useCanI({ namespace, verb: 'delete', resource: 'imagestreams', group });
  const canImport = useCanI({ namespace, verb: 'create', resource: 'imagestreamimports', group });
  const reimport = useReimport(namespace, name);
  const importing = useImportRuns(namespace, name).some((run) => run.status === 'pending' && !run.variables?.tags);
  const [deleting, setDeleting] = useState(false);
  const importBlocker =
    canImport.allowed === false ? canImport.reason : stream && importableTags(stream).length === 0 ? 'This ImageStream has no DockerImage tags to re-import' : undefined;
  const gone = Boolean(stream?.metadata.deletionTimestamp);
  return (
    <Flex spaceItems={{ default: 'spaceItemsSm' }}>
      <FlexItem>
        <GuardedButton variant="secondary" isLoading={importing} isDisabled={!stream || importing} disabledReason={importBlocker}
          onClick={() => reimport.mutate({ namespace, name })}>
          Re-import all tags
        </GuardedButton>
      </FlexItem>
      <FlexItem>
        <GuardedButton
          variant="danger"
          icon={<TrashIcon />}
          isLoading={canDelete.allowed === undefined}
          disabledReason={canDelete.allowed === false ? canDelete.reason : !stream ? 'The ImageStream is not loaded' : undefined}
          onClick={() => setDeleting(true)}
        >
          {gone ? 'Delete (in progress)' : 'Delete'}
        </GuardedButton>
      </FlexItem>
      <ImportResults namespace={namespace} name={name} />
      {deleting && stream ? <DeleteStreamModal stream={stream} onClose={() => setDeleting(false)} navigateOnDelete /> : null}
    </Flex>
  );
}
