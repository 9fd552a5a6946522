import { Skeleton } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '../../../../components/ui/describe-error';
import { imageStreamImageQueries } from '../../api/image-stream-images';
import { formatBytes } from '../../model/tag-details';

interface HistoryImageProps {
  namespace: string;
  stream: string;
  digest: string;
}

/** Size and platform of one history item's image, read from `imagestreamimages` when it is opened. */
export function HistoryImage({ namespace, stream, digest }: HistoryImageProps) {
  const query = useQuery({ ...imageStreamImageQueries.detail({ namespace, stream, digest }), meta: { errorNotice: false } });
  if (query.isPending) return <Skeleton width="16rem" screenreaderText="Loading image details" />;
  if (query.isError) return <span>Image details unavailable: {describeError(query.error).message}</span>;
  const { dockerImageMetadata: meta, dockerImageLayers: layers, dockerImageManifests: manifests } = query.data.image;
  const platforms = (manifests ?? []).map((m) => [m.os, m.architecture].filter(Boolean).join('/')).filter(Boolean);
  const parts = [
    platforms.length ? `manifest list: ${platforms.join(', ')}` : meta?.Architecture ? `architecture ${meta.Architecture}` : undefined,
    meta?.Size !== undefined ? `size ${formatBytes(meta.Size)}` : undefined,
    layers?.length ? `${layers.length} ${layers.length === 1 ? 'layer' : 'layers'}` : undefined,
  ].filter(Boolean);
  return <span>{parts.length ? parts.join(' · ') : 'The registry recorded no metadata for this image.'}</span>;
}
