// What the History tab shows: which tag is picked and, between two items, what changed in words.
import { sourceRepository, type HistoryEntry } from './history';
import type { TagRow } from './tag-rows';

/** `?tag=*` stands for every tag: `*` can never be part of a tag name. */
export const ALL_TAGS = '*';

export const DETAILS_TABS = ['tags', 'history', 'yaml'] as const;
export type DetailsTab = (typeof DETAILS_TABS)[number];

export function parseDetailsTab(value: string | null): DetailsTab {
  return DETAILS_TABS.find((tab) => tab === value) ?? 'tags';
}

/** The tag a person most likely wants: `latest`, else the first with history, else every tag. */
export function defaultHistoryTag(rows: Pick<TagRow, 'name' | 'history'>[]): string {
  const withHistory = rows.filter((row) => row.history.length > 0);
  return (withHistory.find((row) => row.name === 'latest') ?? withHistory[0])?.name ?? ALL_TAGS;
}

export type ChangeWords =
  | { kind: 'first' }
  | { kind: 'same' }
  | { kind: 'changed'; digest?: { from: string; to: string }; source?: { from: string; to: string } };

/** Against the same tag's next older item; the oldest item is the tag's first image. */
export function changeWords(entry: Pick<HistoryEntry, 'event' | 'change'>): ChangeWords {
  const { change, event } = entry;
  if (!change) return { kind: 'first' };
  if (change.digestFrom === undefined && change.sourceFrom === undefined) return { kind: 'same' };
  return {
    kind: 'changed',
    digest: change.digestFrom !== undefined ? { from: change.digestFrom, to: event.image } : undefined,
    source: change.sourceFrom !== undefined ? { from: change.sourceFrom, to: sourceRepository(event.dockerImageReference) } : undefined,
  };
}
