// One history item's image (`imagestreamimages/<stream>@<digest>`): size, architecture, layers.
// Read by the details view when a history item is opened.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { resourcePath } from '../../../lib/k8s/paths';
import { k8sRequest } from '../../../lib/k8s/request';
import { imageStreamQueries } from './queries';

export const imageStreamImageSchema = z.looseObject({
  image: z.looseObject({
    metadata: z.looseObject({ name: z.string() }),
    dockerImageReference: z.string().optional(),
    dockerImageMetadata: z
      .looseObject({
        Created: z.string().optional(),
        Architecture: z.string().optional(),
        Size: z.number().optional(),
      })
      .optional(),
    dockerImageLayers: z.array(z.looseObject({ size: z.number().optional() })).nullish(),
    // Manifest lists imported whole (importMode PreserveOriginal) name one image per platform.
    dockerImageManifests: z
      .array(z.looseObject({ architecture: z.string().optional(), os: z.string().optional() }))
      .nullish(),
  }),
});

export type ImageStreamImage = z.infer<typeof imageStreamImageSchema>;

export async function getImageStreamImage({
  namespace,
  stream,
  digest,
  signal,
}: {
  namespace: string;
  stream: string;
  digest: string;
  signal?: AbortSignal;
}): Promise<ImageStreamImage> {
  const path = resourcePath({ group: 'image.openshift.io', version: 'v1', resource: 'imagestreamimages', namespace, name: `${stream}@${digest}` });
  return imageStreamImageSchema.parse(await k8sRequest<unknown>(path, { signal }));
}

export const imageStreamImageQueries = {
  all: () => [...imageStreamQueries.all(), 'image'] as const,
  detail: ({ namespace, stream, digest }: { namespace: string; stream: string; digest: string }) =>
    queryOptions({
      queryKey: [...imageStreamImageQueries.all(), { namespace, stream, digest }] as const,
      queryFn: ({ signal }) => getImageStreamImage({ namespace, stream, digest, signal }),
      // An image is addressed by its digest: what it says never changes.
      staleTime: Infinity,
    }),
};
