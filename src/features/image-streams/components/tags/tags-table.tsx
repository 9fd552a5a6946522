import { ExpandableRowContent, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';
import type { ImageStream } from '../../api/schemas';
import { shortDigest } from '../../model/pull-specs';
import type { TagRow } from '../../model/tag-rows';
import { ActionTagImporting } from '../actions/action-tag-importing';
import { TagRowDetails } from './tags-row-details';
import { TagSourceCell } from './tags-source';
import { TagStateDetails } from './tags-state';
import { DetailsTime } from '../details/details-time';

function CurrentImage({ row }: { row: TagRow }) {
  const image = row.current?.image;
  if (image) return <code title={image}>{shortDigest(image)}</code>;
  return <span>{row.current ? 'no digest' : '—'}</span>;
}

interface TagsTableProps {
  stream: ImageStream;
  rows: TagRow[];
  /** A tag to open at first, e.g. from a link to `?tab=tags&tag=latest`. */
  initialExpanded?: string;
}

export function TagsTable({ stream, rows, initialExpanded }: TagsTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(initialExpanded ? [initialExpanded] : []));
  const toggle = (name: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(name)) next.add(name);
      return next;
    });

  if (rows.length === 0) return <p>This ImageStream has no tags yet: push an image or add a tag.</p>;
  return (
    <Table aria-label="Tags" variant="compact">
      <Thead>
        <Tr>
          <Th screenReaderText="Show details" />
          <Th>Tag</Th>
          <Th>State</Th>
          <Th>Source</Th>
          <Th>Current image</Th>
          <Th>Updated</Th>
        </Tr>
      </Thead>
      {rows.map((row, rowIndex) => {
        const isExpanded = expanded.has(row.name);
        return (
          <Tbody key={row.name} isExpanded={isExpanded}>
            <Tr>
              <Td expand={{ rowIndex, isExpanded, onToggle: () => toggle(row.name), expandId: 'tag-details-toggle' }} />
              {/* The expand toggle is named by this cell's id ("latest Details"): PatternFly's convention. */}
              <Td dataLabel="Tag" id={`simple-node${rowIndex}`}>
                <strong>{row.name}</strong>
                <ActionTagImporting namespace={stream.metadata.namespace ?? ''} name={stream.metadata.name} tag={row.name} />
              </Td>
              <Td dataLabel="State">
                <TagStateDetails state={row.state} />
              </Td>
              <Td dataLabel="Source">
                <TagSourceCell stream={stream} row={row} />
              </Td>
              <Td dataLabel="Current image">
                <CurrentImage row={row} />
              </Td>
              <Td dataLabel="Updated">
                <DetailsTime iso={row.current?.created} />
              </Td>
            </Tr>
            {isExpanded ? (
              <Tr isExpanded>
                <Td colSpan={6}>
                  <ExpandableRowContent>
                    <TagRowDetails stream={stream} row={row} />
                  </ExpandableRowContent>
                </Td>
              </Tr>
            ) : null}
          </Tbody>
        );
      })}
    </Table>
  );
}
