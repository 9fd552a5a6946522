import { DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Flex, FlexItem } from '@patternfly/react-core';
import { useCanI } from '../../api/access-review';
import { useReimport } from '../../api/actions-import';
import type { ImageStream } from '../../api/schemas';
import { reimportBlocker } from '../../model/reimport';
import type { TagRow } from '../../model/tag-rows';
import { GuardedButton } from './action-guard';
import { isImporting, outcomeText, useImportRuns } from './action-import-state';
import { ActionRemoveTag } from './action-remove-tag';

/** A tag's actions in its expanded row, with the last re-import outcome for this tag. */
export function ActionTagItem({ stream, row }: { stream: ImageStream; row: TagRow }) {
  const { name, namespace = '' } = stream.metadata;
  const canImport = useCanI({ namespace, verb: 'create', resource: 'imagestreamimports', group: 'image.openshift.io' });
  const reimport = useReimport(namespace, name);
  const runs = useImportRuns(namespace, name);
  const importing = isImporting(runs, row.name);
  const last = runs.findLast((run) => run.status === 'success' && run.data?.outcomes.some((o) => o.tag === row.name));
  const outcome = last?.data?.outcomes.find((o) => o.tag === row.name);
  const blocker = canImport.allowed === false ? canImport.reason : reimportBlocker(row.spec);
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>Actions</DescriptionListTerm>
      <DescriptionListDescription>
        <Flex spaceItems={{ default: 'spaceItemsSm' }} alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem>
            <GuardedButton variant="secondary" size="sm" isLoading={importing} isDisabled={importing} disabledReason={blocker || undefined}
              onClick={() => reimport.mutate({ namespace, name, tags: [row.name] })}>
              Re-import {row.name}
            </GuardedButton>
          </FlexItem>
          <ActionRemoveTag stream={stream} row={row} />
          {outcome && !importing ? <FlexItem aria-label={`Last re-import of ${row.name}`}>Last re-import: {outcomeText(outcome)}</FlexItem> : null}
        </Flex>
      </DescriptionListDescription>
    </DescriptionListGroup>
  );
}
