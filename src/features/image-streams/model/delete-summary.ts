import type { ImageStream } from '../api/schemas';

export interface DeleteSummary {
  tags: number;
  images: number;
}

/** Tags = spec and status tag names together; images = distinct digests anywhere in the history. */
export function deleteSummary(stream: ImageStream): DeleteSummary {
  const tags = new Set<string>();
  const images = new Set<string>();
  for (const tag of stream.spec.tags ?? []) tags.add(tag.name);
  for (const list of stream.status?.tags ?? []) {
    tags.add(list.tag);
    for (const item of list.items ?? []) if (item.image) images.add(item.image);
  }
  return { tags: tags.size, images: images.size };
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 s", "1 min 5 s": elapsed time while waiting for a deletion. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes ? `${minutes} min ${seconds} s` : `${seconds} s`;
}
