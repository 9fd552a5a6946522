import { Alert, AlertActionCloseButton, AlertGroup, List, ListItem } from '@patternfly/react-core';
import { useState } from 'react';
import { describeError } from '../../../../components/ui/describe-error';
import { outcomeText, useImportRuns } from './action-import-state';
import type { ImportRun } from './action-import-state';

function runTitle(run: ImportRun, name: string): string {
  const what = run.variables?.tags ? `${name}:${run.variables.tags.join(', ')}` : `all tags of ${name}`;
  if (run.status === 'pending') return `Re-importing ${what}…`;
  if (run.status === 'error') return `Could not re-import ${what}`;
  const failed = run.data?.outcomes.some((o) => o.kind === 'failed');
  return `Re-imported ${what}${failed ? ' with errors' : ''}`;
}

function variant(run: ImportRun) {
  if (run.status === 'pending') return 'info';
  if (run.status === 'error') return 'danger';
  return run.data?.outcomes.some((o) => o.kind === 'failed') ? 'warning' : 'success';
}

/** The failure and, for a 5xx or an unreachable proxy, what to do about it. */
function withHint(error: unknown): string {
  const { message, hint } = describeError(error);
  return hint ? `${message}. ${hint}` : message;
}

/** The outcome of each re-import of this stream, per tag, until the user closes it. */
export function ImportResults({ namespace, name }: { namespace: string; name: string }) {
  const runs = useImportRuns(namespace, name);
  const [closed, setClosed] = useState<ReadonlySet<number>>(new Set());
  const shown = runs.filter((run) => !closed.has(run.id)).slice(-3);
  if (!shown.length) return null;
  return (
    <AlertGroup isToast isLiveRegion>
      {shown.map((run) => (
        <Alert key={run.id} variant={variant(run)} title={runTitle(run, name)} component="h2"
          actionClose={<AlertActionCloseButton onClose={() => setClosed((set) => new Set([...set, run.id]))} />}>
          {run.status === 'error' ? withHint(run.error) : null}
          {run.data ? (
            <List isPlain>
              {run.data.outcomes.map((o) => (
                <ListItem key={o.tag}>{outcomeText(o)}</ListItem>
              ))}
            </List>
          ) : null}
        </Alert>
      ))}
    </AlertGroup>
  );
}
