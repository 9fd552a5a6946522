import { Alert, Stack } from '@patternfly/react-core';
import type { ImageStream } from '../../api/schemas';
import { failingTags } from '../../model/summary';
import type { TagRow } from '../../model/tag-rows';
import { importFailure } from '../../model/tag-state';
import { DetailsTime } from './details-time';

/** What needs attention before anything else: failing imports and a deletion in progress. */
export function DetailsAlerts({ stream, rows }: { stream: ImageStream; rows: TagRow[] }) {
  // failingTags also counts a tag whose retry is still running: its last import did fail.
  const failing = failingTags(stream).map((name) => ({ name, failure: importFailure(rows.find((row) => row.name === name)?.status) }));
  const { deletionTimestamp, finalizers } = stream.metadata;
  if (failing.length === 0 && !deletionTimestamp) return null;
  return (
    <Stack hasGutter>
      {deletionTimestamp ? (
        <Alert component="h2" isInline variant="warning" title="This ImageStream is being deleted">
          Deletion was requested <DetailsTime iso={deletionTimestamp} />
          {finalizers?.length ? `; it stays until these finalizers are removed: ${finalizers.join(', ')}.` : '.'}
        </Alert>
      ) : null}
      {failing.length > 0 ? (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={failing.length === 1 ? '1 tag fails to import' : `${failing.length} tags fail to import`}
        >
          <ul aria-label="Failing tags">
            {failing.map(({ name, failure }) => (
              <li key={name}>
                <strong>{name}</strong>: {failure?.reason ?? 'Unknown'}
                {failure?.message ? ` — ${failure.message}` : null}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </Stack>
  );
}
