import { ExpandableSection, Flex, FlexItem, Stack, StackItem } from '@patternfly/react-core';
import { memo, useId, useState, type CSSProperties } from 'react';
import type { ImageStream } from '../../api/schemas';
import type { HistoryEntry } from '../../model/history';
import { pullSpecs, shortDigest } from '../../model/pull-specs';
import { ActionRollback } from '../actions/action-rollback';
import { PullSpecList } from '../details/details-pull-specs';
import { HistoryChange } from './history-change';
import { HistoryImage } from './history-image';
import { PlainLabel } from '../tags/plain-label';
import { DetailsTime } from '../details/details-time';

// content-visibility: a merged timeline has a thousand items; the browser lays out and paints only
// those near the viewport (all stay in the DOM, for find-in-page and screen readers).
const itemStyle: CSSProperties = {
  borderInlineStart: 'var(--pf-t--global--border--width--regular) solid var(--pf-t--global--border--color--default)',
  paddingInlineStart: 'var(--pf-t--global--spacer--md)',
  paddingBlockEnd: 'var(--pf-t--global--spacer--md)',
  contentVisibility: 'auto',
  containIntrinsicSize: 'auto 9rem',
};

interface HistoryItemProps {
  stream: ImageStream;
  entry: HistoryEntry;
  /** In the merged timeline every item names its tag. */
  showTag: boolean;
  /** Why rollbacks are not allowed, if they are not. */
  rollbackDisabledReason?: string;
}

// Memoized: a live update of the stream re-renders the history, and most items stay the same.
export const HistoryItem = memo(function HistoryItem({ stream, entry, showTag, rollbackDisabledReason }: HistoryItemProps) {
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const { event, tag, isCurrent } = entry;
  const digest = event.image;
  const { name, namespace = '' } = stream.metadata;
  return (
    <li aria-labelledby={`${id}-title ${id}-current`} style={itemStyle}>
      <Stack hasGutter>
        <StackItem>
          <Flex spaceItems={{ default: 'spaceItemsSm' }} alignItems={{ default: 'alignItemsCenter' }}>
            <FlexItem id={`${id}-title`}>
              {showTag ? <strong>{tag} </strong> : null}
              {digest ? <code title={digest}>{shortDigest(digest)}</code> : <em>no digest</em>}
            </FlexItem>
            {isCurrent ? (
              <FlexItem>
                <PlainLabel id={`${id}-current`} status="success">
                  Current
                </PlainLabel>
              </FlexItem>
            ) : null}
            <FlexItem>
              <DetailsTime iso={event.created} showAbsolute />
            </FlexItem>
            <FlexItem>generation {event.generation}</FlexItem>
            <ActionRollback stream={stream} entry={entry} disabledReason={rollbackDisabledReason} />
          </Flex>
        </StackItem>
        <StackItem style={{ overflowWrap: 'anywhere' }}>
          Pull spec <code>{event.dockerImageReference}</code>
        </StackItem>
        <StackItem>
          <HistoryChange entry={entry} />
        </StackItem>
        {digest ? (
          <StackItem>
            <ExpandableSection
              toggleTextCollapsed="Show pull specs by digest"
              toggleTextExpanded="Hide pull specs by digest"
              isExpanded={isOpen}
              onToggle={(_event, next) => setOpen(next)}
            >
              {isOpen ? (
                <Stack hasGutter>
                  <PullSpecList specs={pullSpecs(stream, tag, event)} subject={shortDigest(digest)} digestOnly />
                  <HistoryImage namespace={namespace} stream={name} digest={digest} />
                </Stack>
              ) : null}
            </ExpandableSection>
          </StackItem>
        ) : null}
      </Stack>
    </li>
  );
});
