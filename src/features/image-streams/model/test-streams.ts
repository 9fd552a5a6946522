// Small builders for model tests: only the fields a case is about.
import type { ImageStream, NamedTagEventList, TagEvent, TagReference } from '../api/schemas';

export const event = (image: string, created: string, generation = 1, repo = 'quay.io/acme/app'): TagEvent => ({
  created,
  dockerImageReference: image ? `${repo}@${image}` : repo,
  image,
  generation,
});

export const dockerTag = (name: string, generation: number | null = 1, extra: Partial<TagReference> = {}): TagReference => ({
  name,
  from: { kind: 'DockerImage', name: `quay.io/acme/app:${name}` },
  generation,
  ...extra,
});

export function stream(spec: TagReference[], status: NamedTagEventList[], extra: Partial<ImageStream> = {}): ImageStream {
  return {
    metadata: { name: 'app', namespace: 'demo' },
    spec: { lookupPolicy: { local: false }, tags: spec },
    status: {
      dockerImageRepository: 'image-registry.openshift-image-registry.svc:5000/demo/app',
      tags: status,
    },
    ...extra,
  };
}
