import type { CSSProperties } from 'react';
import type { SortDirection, SortKey } from '../../model/list-view';

export interface ListColumn {
  key: SortKey;
  title: string;
  /** Share of the row: fixed widths keep columns still while rows scroll in and out. */
  width: string;
  /** The direction a first click sorts in: newest, most tags and most failures first. */
  firstDirection: SortDirection;
}

const column = (key: SortKey, title: string, width: string, firstDirection: SortDirection = 'asc'): ListColumn => ({
  key,
  title,
  width,
  firstDirection,
});

const WITH_NAMESPACE: ListColumn[] = [
  column('name', 'Name', '15%'),
  column('namespace', 'Namespace', '10%'),
  column('tags', 'Tags', '25%', 'desc'),
  column('repository', 'Image repository', '24%'),
  column('lookup', 'Lookup', '6%', 'desc'),
  column('updated', 'Updated', '9%', 'desc'),
  column('health', 'Import health', '11%', 'desc'),
];

const WITHOUT_NAMESPACE: ListColumn[] = [
  column('name', 'Name', '19%'),
  column('tags', 'Tags', '28%', 'desc'),
  column('repository', 'Image repository', '24%'),
  column('lookup', 'Lookup', '7%', 'desc'),
  column('updated', 'Updated', '10%', 'desc'),
  column('health', 'Import health', '12%', 'desc'),
];

export const listColumns = (showNamespace: boolean): ListColumn[] => (showNamespace ? WITH_NAMESPACE : WITHOUT_NAMESPACE);

export const ROW_HEIGHT = 49;

// Rows are flex boxes of fixed height, each laid out on its own: in a real table layout every row
// inserted while scrolling relays out all the others. The table elements keep explicit roles, so
// the grid semantics do not depend on CSS display.
export const rowStyle: CSSProperties = { display: 'flex', width: '100%', height: ROW_HEIGHT };
// One style object per width: React then compares the same object on every row update instead of
// diffing five properties of a new one.
const cellStyles = new Map<string, CSSProperties>();
export function cellStyle(width: string): CSSProperties {
  let style = cellStyles.get(width);
  if (!style) {
    style = { flex: `0 0 ${width}`, minWidth: 0, display: 'flex', alignItems: 'center', overflow: 'hidden' };
    cellStyles.set(width, style);
  }
  return style;
}
