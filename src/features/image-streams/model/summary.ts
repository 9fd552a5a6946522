// Stream-level figures: what `oc describe is` and `oc get is` summarise.
import type { ImageStream } from '../api/schemas';
import { importFailure } from './tag-state';

/** Distinct images across every tag's history ("Unique Images" in `oc describe is`). */
export function uniqueImages(stream: ImageStream): number {
  const images = new Set<string>();
  for (const tag of stream.status?.tags ?? []) for (const item of tag.items ?? []) if (item.image) images.add(item.image);
  return images.size;
}

/** The newest items[0].created of any tag: when the stream last got a new image. */
export function lastUpdated(stream: ImageStream): string | undefined {
  let newest: string | undefined;
  let newestTime = -Infinity;
  for (const tag of stream.status?.tags ?? []) {
    const created = tag.items?.[0]?.created;
    const time = created ? Date.parse(created) : NaN;
    if (created && time > newestTime) {
      newest = created;
      newestTime = time;
    }
  }
  return newest;
}

/** Names of tags whose last import failed. */
export function failingTags(stream: ImageStream): string[] {
  return (stream.status?.tags ?? []).filter((t) => importFailure(t)).map((t) => t.tag);
}
