import { useMutationState } from '@tanstack/react-query';
import type { MutationState } from '@tanstack/react-query';
import { reimportKey } from '../../api/actions-import';
import type { ReimportResult, ReimportVariables } from '../../api/actions-import';
import { shortDigest } from '../../model/pull-specs';
import type { ImportOutcome } from '../../model/reimport';

export type ImportRun = MutationState<ReimportResult, Error, ReimportVariables> & { id: number };

/** Every re-import of this stream in this session, oldest first, wherever it was started. */
export function useImportRuns(namespace: string, name: string): ImportRun[] {
  return useMutationState({
    filters: { mutationKey: reimportKey(namespace, name) },
    select: (mutation) => ({ ...(mutation.state as MutationState<ReimportResult, Error, ReimportVariables>), id: mutation.mutationId }),
  });
}

/** Whether a run that is still going includes this tag (undefined tags = the whole stream). */
export function isImporting(runs: ImportRun[], tag: string): boolean {
  return runs.some((run) => run.status === 'pending' && (!run.variables?.tags || run.variables.tags.includes(tag)));
}

export function outcomeText(outcome: ImportOutcome): string {
  switch (outcome.kind) {
    case 'updated':
      return `${outcome.tag}: new image ${outcome.from ? `${shortDigest(outcome.from)} → ` : ''}${shortDigest(outcome.to)}`;
    case 'unchanged':
      return `${outcome.tag}: unchanged${outcome.image ? ` (${shortDigest(outcome.image)})` : ''}`;
    case 'failed':
      return `${outcome.tag}: failed (${outcome.reason}) ${outcome.message}`;
  }
}
