// The Image objects that ImageStreamTag, ImageStreamImage and ImageStreamImport answers embed.
import type { TagEvent } from './types';

export function imageFor(event: Pick<TagEvent, 'image' | 'dockerImageReference' | 'created'>, architecture = 'amd64') {
  const hex = event.image.replace(/^sha256:/, '') || '0'.repeat(64);
  const size = 20_000_000 + (parseInt(hex.slice(0, 6), 16) % 400_000_000);
  return {
    metadata: { name: event.image, creationTimestamp: event.created },
    dockerImageReference: event.dockerImageReference,
    dockerImageMetadata: {
      kind: 'DockerImage',
      apiVersion: '1.0',
      Created: event.created,
      Architecture: architecture,
      Size: size,
      Config: { Labels: { 'io.openshift.tags': 'simulated' } },
    },
    dockerImageMetadataVersion: '1.0',
    dockerImageLayers: [0, 1, 2].map((i) => ({
      name: `sha256:${hex.slice(i * 8, i * 8 + 8)}${hex.slice(0, 56)}`,
      size: Math.floor(size / 3),
      mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    })),
  };
}
