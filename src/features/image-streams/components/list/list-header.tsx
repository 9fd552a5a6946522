import ArrowsAltVIcon from '@patternfly/react-icons/dist/esm/icons/arrows-alt-v-icon';
import LongArrowAltDownIcon from '@patternfly/react-icons/dist/esm/icons/long-arrow-alt-down-icon';
import LongArrowAltUpIcon from '@patternfly/react-icons/dist/esm/icons/long-arrow-alt-up-icon';
import { memo, type CSSProperties } from 'react';
import type { SortDirection, SortKey } from '../../model/list-view';
import { cellStyle, listColumns, type ListColumn } from './list-columns';

export interface ListSort {
  key: SortKey;
  direction: SortDirection;
}

export interface ListHeaderProps {
  showNamespace: boolean;
  sort: ListSort;
  onSort: (key: SortKey, direction: SortDirection) => void;
}

const theadStyle: CSSProperties = { display: 'grid', zIndex: 1 };
const headerRowStyle: CSSProperties = { display: 'flex', width: '100%' };

function SortButton({ column, sort, onSort }: { column: ListColumn; sort: ListSort; onSort: ListHeaderProps['onSort'] }) {
  const active = sort.key === column.key;
  const Indicator = !active ? ArrowsAltVIcon : sort.direction === 'asc' ? LongArrowAltUpIcon : LongArrowAltDownIcon;
  // As PatternFly's sortable <Th>: a first click sorts the column's way, the next ones flip it.
  const next: SortDirection = !active ? column.firstDirection : sort.direction === 'asc' ? 'desc' : 'asc';
  return (
    <button type="button" className="pf-v6-c-table__button" onClick={() => onSort(column.key, next)}>
      <div className="pf-v6-c-table__button-content">
        <span className="pf-v6-c-table__text">{column.title}</span>
        <span className="pf-v6-c-table__sort-indicator">
          <Indicator />
        </span>
      </div>
    </button>
  );
}

/**
 * The list's header row in PatternFly's sortable table markup. Not react-table's <Th>: it measures
 * itself (a forced layout of the whole table) after every render, and it brings a Popover, a focus
 * trap, lodash and the grid and tree-table styles into the first route (about 20 kB gzip).
 */
export const ListHeader = memo(function ListHeader({ showNamespace, sort, onSort }: ListHeaderProps) {
  return (
    <thead className="pf-v6-c-table__thead" role="rowgroup" style={theadStyle}>
      <tr className="pf-v6-c-table__tr" role="row" aria-rowindex={1} style={headerRowStyle}>
        {listColumns(showNamespace).map((column) => {
          const active = sort.key === column.key;
          return (
            <th
              key={column.key}
              className={`pf-v6-c-table__th pf-m-nowrap pf-v6-c-table__sort${active ? ' pf-m-selected' : ''}`}
              role="columnheader"
              scope="col"
              style={cellStyle(column.width)}
              aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              <SortButton column={column} sort={sort} onSort={onSort} />
            </th>
          );
        })}
      </tr>
    </thead>
  );
});
