import { Content, Flex, FlexItem, FormSelect, FormSelectOption } from '@patternfly/react-core';
import { useMemo } from 'react';
import { useCanI } from '../../api/access-review';
import type { ImageStream } from '../../api/schemas';
import { mergedTimeline, tagHistory } from '../../model/history';
import { ALL_TAGS, defaultHistoryTag } from '../../model/history-view';
import type { TagRow } from '../../model/tag-rows';
import { HistoryItem } from './history-item';

interface HistoryTabProps {
  stream: ImageStream;
  rows: TagRow[];
  /** From `?tag=`; `*` for every tag, absent for the default. */
  tag: string | null;
  onTagChange: (tag: string) => void;
}

const countItems = (n: number) => (n === 1 ? '1 item' : `${n} items`);

export function HistoryTab({ stream, rows, tag, onTagChange }: HistoryTabProps) {
  const selected = tag || defaultHistoryTag(rows);
  const isAll = selected === ALL_TAGS;
  const row = rows.find((r) => r.name === selected);
  const entries = useMemo(
    () => (isAll ? mergedTimeline(stream) : tagHistory(selected, row?.history)),
    [isAll, stream, selected, row],
  );
  // Counted from the oldest item, so an image arriving live does not shift which item is open.
  const lengths = new Map(rows.map((r) => [r.name, r.history.length]));
  // One permission check for every item's rollback, rather than one hook per item.
  const canRollback = useCanI({ namespace: stream.metadata.namespace ?? '', verb: 'update', resource: 'imagestreamtags', group: 'image.openshift.io' });
  const rollbackDisabledReason = canRollback.allowed === false ? canRollback.reason : undefined;
  const listName = isAll ? 'History of all tags' : `History of ${selected}`;

  return (
    <Flex direction={{ default: 'column' }} spaceItems={{ default: 'spaceItemsMd' }}>
      <Flex alignItems={{ default: 'alignItemsCenter' }} spaceItems={{ default: 'spaceItemsSm' }}>
        <FlexItem>
          <label htmlFor="history-tag">Tag</label>
        </FlexItem>
        <FlexItem>
          <FormSelect id="history-tag" value={selected} onChange={(_event, next) => onTagChange(next)}>
            <FormSelectOption value={ALL_TAGS} label="All tags (merged timeline)" />
            {row || isAll ? null : <FormSelectOption value={selected} label={`${selected} (no such tag)`} />}
            {rows.map((r) => (
              <FormSelectOption key={r.name} value={r.name} label={`${r.name} (${countItems(r.history.length)})`} />
            ))}
          </FormSelect>
        </FlexItem>
        <FlexItem>
          <Content component="p">
            {countItems(entries.length)}, newest first
            {isAll ? '; what changed is said against the same tag’s previous item' : ''}
          </Content>
        </FlexItem>
      </Flex>
      {entries.length === 0 ? (
        <Content component="p">
          {!row && !isAll
            ? `This ImageStream has no tag named ${selected}.`
            : isAll
              ? 'No tag has an image yet.'
              : `Tag ${selected} has no image yet, so it has no history.`}
        </Content>
      ) : (
        <ol aria-label={listName} style={{ listStyle: 'none', padding: 0 }}>
          {entries.map((entry) => (
            <HistoryItem key={`${entry.tag}#${(lengths.get(entry.tag) ?? 0) - entry.index}`} stream={stream} entry={entry} showTag={isAll} rollbackDisabledReason={rollbackDisabledReason} />
          ))}
        </ol>
      )}
    </Flex>
  );
}
