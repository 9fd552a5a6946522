import { Icon } from '@patternfly/react-core';
import { InlineGroup } from '../../../../components/ui/inline-group';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import { memo, type CSSProperties, type ReactNode } from 'react';
import { CopyButton } from '../../../../components/ui/copy-button';
import { RelativeTime } from '../../../../components/ui/relative-time';
import type { ListRow } from '../../model/list-rows';
import type { SortKey } from '../../model/list-view';
import { relativeTime } from '../../model/relative-time';
import { ActionRowSelect } from '../actions/action-row-select';
import { cellStyle, listColumns, rowStyle } from './list-columns';
import { detailsPath } from './namespace-route';
import { RowActions } from './row-actions';
import { RowLink } from './row-link';
import { TagBadges } from '../tags/tag-badges';

// PatternFly's table markup without <Tr>/<Td>: each <Td> measures itself on mount to decide on a
// tooltip, and in a list that mounts rows while scrolling those forced layouts cost whole frames.
// Absolutely placed with layout containment, a row's content never makes the others lay out again.
const positioned: CSSProperties = { position: 'absolute', top: 0, left: 0, contain: 'strict' };

const nothing = (text: string) => (
  <>
    <span aria-hidden="true">—</span>
    <span className="pf-v6-screen-reader">{text}</span>
  </>
);

const truncated: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: '3ch' };

/**
 * Cuts the middle of a repository: the end (namespace/name) tells streams apart, the registry host
 * is the same for all. CSS only, unlike PatternFly's Truncate, which measures itself on mount.
 */
function MiddleTruncate({ text, tail }: { text: string; tail: number }) {
  const cut = Math.max(0, text.length - tail);
  return (
    <span title={text} style={{ display: 'flex', minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap' }}>
      <span style={truncated}>{text.slice(0, cut)}</span>
      <span style={{ ...truncated, flex: 'none', maxWidth: '100%', direction: 'rtl' }}>
        <bdi>{text.slice(cut)}</bdi>
      </span>
    </span>
  );
}

function HealthMarker({ row }: { row: ListRow }) {
  const count = row.failing.length;
  if (count === 0) return nothing('No failing imports');
  return (
    <RowLink to={`${detailsPath(row.namespace, row.name)}?tab=tags`} title={`Failing: ${row.failing.join(', ')}`}>
      <InlineGroup component="span" gap="xs">
        <Icon status="danger" size="sm">
          <ExclamationCircleIcon />
        </Icon>
        <span>{count === 1 ? '1 tag failing' : `${count} tags failing`}</span>
      </InlineGroup>
    </RowLink>
  );
}

interface ImageStreamRowProps {
  row: ListRow;
  showNamespace: boolean;
  /** Position among all rows, header included (aria-rowindex starts at 1). */
  rowIndex: number;
  now: number;
  /** Offset from the top of the body, in pixels. */
  top: number;
}

const ellipsis: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 };

export const ImageStreamRow = memo(function ImageStreamRow({ row, showNamespace, rowIndex, now, top }: ImageStreamRowProps) {
  const cells: Record<SortKey, ReactNode> = {
    name: (
      <span style={ellipsis}>
        <RowLink to={detailsPath(row.namespace, row.name)}>{row.name}</RowLink>
      </span>
    ),
    namespace: <span style={ellipsis}>{row.namespace}</span>,
    tags: <TagBadges streamName={row.name} tags={row.tags} />,
    repository: row.repository ? (
      <>
        <MiddleTruncate text={row.repository} tail={row.namespace.length + row.name.length + 1} />
        <CopyButton text={row.repository} label={`Copy image repository of ${row.name}`} />
      </>
    ) : (
      nothing('No image repository')
    ),
    lookup: row.lookupLocal ? 'Local' : 'Off',
    updated: row.updated ? <RelativeTime iso={row.updated} relative={relativeTime(row.updated, now)} /> : nothing('No images yet'),
    health: <><HealthMarker row={row} /><span style={{ marginInlineStart: 'auto', display: 'flex', alignItems: 'center' }}><ActionRowSelect namespace={row.namespace} name={row.name} /><RowActions namespace={row.namespace} name={row.name} /></span></>,
  };
  return (
    <tr className="pf-v6-c-table__tr" role="row" aria-rowindex={rowIndex} data-stream={row.key} style={{ ...rowStyle, ...positioned, transform: `translateY(${top}px)` }}>
      {listColumns(showNamespace).map((column) =>
        column.key === 'name' ? (
          <th key="name" className="pf-v6-c-table__th" role="rowheader" scope="row" data-label={column.title} style={cellStyle(column.width)}>
            {cells.name}
          </th>
        ) : (
          <td key={column.key} className="pf-v6-c-table__td" role="gridcell" data-label={column.title} style={cellStyle(column.width)}>
            {cells[column.key]}
          </td>
        ),
      )}
    </tr>
  );
});
