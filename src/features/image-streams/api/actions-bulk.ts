import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteImageStreamAndWait } from './actions';
import { reimportTags } from './actions-import';
import type { ReimportResult } from './actions-import';
import { imageStreamQueries } from './queries';

export interface BulkTarget {
  namespace: string;
  name: string;
}

export type BulkOutcome =
  | { target: BulkTarget; ok: true; result?: ReimportResult }
  | { target: BulkTarget; ok: false; error: unknown };

export interface BulkVariables {
  action: 'delete' | 'reimport';
  targets: BulkTarget[];
  timeoutSeconds?: number;
}

/** Runs the action on every stream and reports each one's outcome; one failure never stops the rest. */
export async function runBulk({ action, targets, timeoutSeconds = 240 }: BulkVariables): Promise<BulkOutcome[]> {
  const settled = await Promise.allSettled(
    targets.map((target) =>
      action === 'delete'
        ? deleteImageStreamAndWait({ ...target, propagationPolicy: 'Foreground', timeoutSeconds }).then(() => undefined)
        : reimportTags(target),
    ),
  );
  return settled.map((s, i) => {
    const target = targets[i] as BulkTarget;
    return s.status === 'fulfilled' ? { target, ok: true, result: s.value } : { target, ok: false, error: s.reason };
  });
}

export function useBulkAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runBulk,
    meta: { errorNotice: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: imageStreamQueries.all() }),
  });
}
