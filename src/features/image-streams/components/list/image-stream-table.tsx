import { Skeleton } from '@patternfly/react-core';
// The table's own styles only: <Table> would also bring the grid, tree-view and inline-edit ones.
import '@patternfly/react-styles/css/components/Table/table.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useState, type CSSProperties, type ReactNode, type SyntheticEvent } from 'react';
import { useNow } from '../../../../components/ui/use-now';
import type { ListRow } from '../../model/list-rows';
import type { SortDirection, SortKey } from '../../model/list-view';
import { ImageStreamRow } from './image-stream-row';
import { RowLinksProvider } from './row-link';
import { RowSlots } from './row-slots';
import { cellStyle, listColumns, ROW_HEIGHT, rowStyle } from './list-columns';
import { ListHeader, type ListHeaderProps, type ListSort } from './list-header';

// The table scrolls inside its own box so the toolbar stays in view and the virtualizer has one scroller.
const scrollerStyle: CSSProperties = { maxHeight: 'max(20rem, calc(100dvh - 19rem))', overflow: 'auto' };
const tableStyle: CSSProperties = { display: 'grid', minWidth: '64rem' };

interface ListTableProps extends ListHeaderProps {
  /** Rows, header excluded; sets aria-rowcount so screen readers know the size of the whole list. */
  rowCount?: number;
  children: ReactNode;
  scrollerRef?: React.Ref<HTMLDivElement>;
}

function ListTable({ showNamespace, rowCount, sort, onSort, children, scrollerRef }: ListTableProps) {
  return (
    <div ref={scrollerRef} style={scrollerStyle}>
      {/* PatternFly's table markup (compact, sticky header) without <Table>: it provides a new context
          object on every render (each keystroke changes aria-rowcount), and React then walks every
          mounted row looking for its consumers. */}
      <table
        role="grid"
        aria-label="ImageStreams"
        className="pf-v6-c-table pf-m-compact pf-m-sticky-header"
        style={tableStyle}
        aria-rowcount={rowCount === undefined ? undefined : rowCount + 1}
        aria-busy={rowCount === undefined || undefined}
      >
        <ListHeader showNamespace={showNamespace} sort={sort} onSort={onSort} />
        {children}
      </table>
    </div>
  );
}

interface VirtualRowsProps {
  rows: ListRow[];
  showNamespace: boolean;
  scroller: HTMLDivElement | null;
}

// Its own component so scrolling re-renders only the rows, never the header (each <Th> measures itself
// again whenever it renders).
function VirtualRows({ rows, showNamespace, scroller }: VirtualRowsProps) {
  const now = useNow();
  const [slots] = useState(() => new RowSlots());
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
    // flushSync while React renders logs an error in React 19; a frame later is smooth enough.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems().flatMap((item) => {
    const row = rows[item.index];
    return row ? [{ row, item }] : [];
  });
  const keys = slots.keys(items.map(({ row }) => row.key));
  // Focus or a pointer in a row pins its stream to its DOM (see RowSlots).
  const pin = (event: SyntheticEvent) => {
    const streamKey = (event.target as Element).closest<HTMLElement>('tr[data-stream]')?.dataset.stream;
    if (streamKey) slots.pin(streamKey);
  };
  return (
    <tbody
      className="pf-v6-c-table__tbody"
      role="rowgroup"
      style={{ display: 'block', position: 'relative', height: virtualizer.getTotalSize() }}
      onFocus={pin}
      onPointerDown={pin}
    >
      <RowLinksProvider>
        {items.map(({ row, item }, index) => (
          <ImageStreamRow key={keys[index]} row={row} showNamespace={showNamespace} rowIndex={item.index + 2} now={now} top={item.start} />
        ))}
      </RowLinksProvider>
    </tbody>
  );
}

interface ImageStreamTableProps {
  rows: ListRow[];
  showNamespace: boolean;
  sort: ListSort;
  onSort: (key: SortKey, direction: SortDirection) => void;
}

/** Only the rows in view (and a few around them) are in the DOM, so 10,000 streams scroll smoothly. */
export function ImageStreamTable({ rows, showNamespace, sort, onSort }: ImageStreamTableProps) {
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  return (
    <ListTable showNamespace={showNamespace} rowCount={rows.length} sort={sort} onSort={onSort} scrollerRef={setScroller}>
      <VirtualRows rows={rows} showNamespace={showNamespace} scroller={scroller} />
    </ListTable>
  );
}

/** Placeholder rows of the real height, so the page does not jump when the list arrives. */
export function ImageStreamTableSkeleton({ showNamespace, sort, onSort, rows = 8 }: ListHeaderProps & { rows?: number }) {
  const columns = listColumns(showNamespace);
  return (
    <ListTable showNamespace={showNamespace} sort={sort} onSort={onSort}>
      <tbody className="pf-v6-c-table__tbody" role="rowgroup" style={{ display: 'block' }}>
        {Array.from({ length: rows }, (_, index) => (
          <tr key={index} className="pf-v6-c-table__tr" role="row" aria-rowindex={index + 2} style={rowStyle}>
            {columns.map((column) => (
              <td key={column.key} className="pf-v6-c-table__td" role="gridcell" style={cellStyle(column.width)}>
                <Skeleton
                  width={column.key === 'tags' ? '80%' : '60%'}
                  screenreaderText={index === 0 && column.key === 'name' ? 'Loading ImageStreams' : undefined}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ListTable>
  );
}
