import type { TagSource } from '../../model/tag-source';
import { ALL_TAGS, type DetailsTab } from '../../model/history-view';
import { detailsPath } from '../list/namespace-route';

/** A details page with its tab (and the tag it is about) in the search params, so it can be linked. */
export function detailsHref(namespace: string, stream: string, tab: DetailsTab, tag?: string): string {
  const params = new URLSearchParams({ tab });
  if (tag) params.set('tag', tag);
  return `${detailsPath(namespace, stream)}?${params.toString()}`;
}

/** A source tag opens in the Tags tab with its row open; a source image in the stream's whole timeline. */
export function sourceHref(link: NonNullable<TagSource['link']>): string {
  return link.tag !== undefined
    ? detailsHref(link.namespace, link.stream, 'tags', link.tag)
    : detailsHref(link.namespace, link.stream, 'history', ALL_TAGS);
}
