import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isNotFound } from '../../../lib/k8s/errors';
import { resourcePath } from '../../../lib/k8s/paths';
import { k8sRequest } from '../../../lib/k8s/request';
import { getImageStream } from './fetchers';
import { imageStreamQueries } from './queries';

const ref = { group: 'image.openshift.io', version: 'v1', resource: 'imagestreams' };

export type PropagationPolicy = 'Foreground' | 'Background' | 'Orphan';

/** The stream still exists when the wait ran out: something (a finalizer) holds it. */
export class DeletionTimeoutError extends Error {
  override readonly name = 'DeletionTimeoutError';
  constructor(
    readonly streamName: string,
    readonly timeoutSeconds: number,
    readonly finalizers: string[],
    readonly deletionTimestamp: string | undefined,
  ) {
    super(`${streamName} was not deleted within ${timeoutSeconds} s`);
  }
}

export interface DeleteImageStreamVariables {
  namespace: string;
  name: string;
  propagationPolicy: PropagationPolicy;
  timeoutSeconds: number;
  /** Aborting stops the wait (the deletion itself goes on on the server). */
  signal?: AbortSignal;
}

const POLL_MS = 500;

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    }, { once: true });
  });
}

/** DELETE, then wait until GET answers 404: a 200 to DELETE only means the deletion has begun. */
export async function deleteImageStreamAndWait({ namespace, name, propagationPolicy, timeoutSeconds, signal }: DeleteImageStreamVariables): Promise<void> {
  const path = resourcePath({ ...ref, namespace, name });
  await k8sRequest<unknown>(path, { method: 'DELETE', body: { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy }, signal });
  const deadline = Date.now() + timeoutSeconds * 1000;
  for (;;) {
    try {
      const stream = await getImageStream({ namespace, name, signal });
      if (Date.now() >= deadline) {
        throw new DeletionTimeoutError(name, timeoutSeconds, stream.metadata.finalizers ?? [], stream.metadata.deletionTimestamp);
      }
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    await sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())), signal);
  }
}

/** `onDeleted` runs even when the component that started the deletion is gone by then (a list row). */
export function useDeleteImageStream({ onDeleted }: { onDeleted?: (variables: DeleteImageStreamVariables) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteImageStreamAndWait,
    // The dialog shows every outcome (403, timeout, stopped) in place.
    meta: { errorNotice: false },
    // The detail query is left alone: the page still shows it until the dialog navigates away.
    onSuccess: async (_data, variables) => {
      await queryClient.invalidateQueries({ queryKey: imageStreamQueries.lists() });
      onDeleted?.(variables);
    },
  });
}
