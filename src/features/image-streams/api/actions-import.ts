import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isConflict } from '../../../lib/k8s/errors';
import { resourcePath } from '../../../lib/k8s/paths';
import { k8sRequest } from '../../../lib/k8s/request';
import { importOutcomes, importRequest } from '../model/reimport';
import type { ImportOutcome, ImportStatusImage } from '../model/reimport';
import { getImageStream } from './fetchers';
import { imageStreamQueries } from './queries';
import { imageStreamSchema } from './schemas';
import type { ImageStream } from './schemas';

export interface ReimportVariables {
  namespace: string;
  name: string;
  /** Tags to import; undefined imports every DockerImage tag of the stream. */
  tags?: string[];
}

export interface ReimportResult {
  stream?: ImageStream;
  outcomes: ImportOutcome[];
}

/** The stream moved twice while we imported: say so rather than loop. */
export class ImportConflictError extends Error {
  override readonly name = 'ImportConflictError';
}

async function postImport(stream: ImageStream, tags?: string[]): Promise<ReimportResult> {
  const { namespace = '' } = stream.metadata;
  const body = importRequest(stream, tags);
  if (body.spec.images.length === 0) throw new Error('None of these tags can be re-imported: only DockerImage tags can');
  const path = resourcePath({ group: 'image.openshift.io', version: 'v1', resource: 'imagestreamimports', namespace });
  const answer = await k8sRequest<{ status?: { import?: unknown; images?: ImportStatusImage[] } }>(path, { method: 'POST', body });
  const parsed = imageStreamSchema.safeParse(answer?.status?.import);
  const after = parsed.success ? parsed.data : undefined;
  return { stream: after, outcomes: importOutcomes(stream, body, answer?.status?.images ?? [], after) };
}

/** Like `oc import-image`: read the stream, import with its resourceVersion, on 409 read again and retry once. */
export async function reimportTags({ namespace, name, tags }: ReimportVariables): Promise<ReimportResult> {
  try {
    return await postImport(await getImageStream({ namespace, name }), tags);
  } catch (error) {
    if (!isConflict(error)) throw error;
  }
  try {
    return await postImport(await getImageStream({ namespace, name }), tags);
  } catch (error) {
    if (!isConflict(error)) throw error;
    throw new ImportConflictError(`${name} kept changing while it was being imported (409 Conflict twice). Wait a moment and try again.`, { cause: error });
  }
}

export const reimportKey = (namespace: string, name: string) => ['reimport', namespace, name] as const;

export function useReimport(namespace: string, name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: reimportKey(namespace, name),
    mutationFn: reimportTags,
    // Outcomes, failures included, are reported next to the tags.
    meta: { errorNotice: false },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: imageStreamQueries.detail({ namespace, name }).queryKey }),
        queryClient.invalidateQueries({ queryKey: imageStreamQueries.lists() }),
      ]),
  });
}
