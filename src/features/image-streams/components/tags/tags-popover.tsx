import { Flex, Popover } from '@patternfly/react-core';
import type { RefObject } from 'react';
import type { ListTag } from '../../model/list-rows';
import { TagLabel } from './tag-badge';

interface TagsPopoverProps {
  triggerRef: RefObject<HTMLButtonElement | null>;
  streamName: string;
  tags: ListTag[];
  onClose: () => void;
}

/** Every tag of a list row, opened from "+N more". */
export function TagsPopover({ triggerRef, streamName, tags, onClose }: TagsPopoverProps) {
  return (
    <Popover
      triggerRef={triggerRef}
      isVisible
      shouldClose={onClose}
      headerContent={`${tags.length} tags in ${streamName}`}
      bodyContent={
        <Flex spaceItems={{ default: 'spaceItemsXs' }} style={{ maxHeight: '20rem', overflowY: 'auto' }}>
          {tags.map((tag) => (
            <TagLabel key={tag.name} tag={tag} />
          ))}
        </Flex>
      }
    />
  );
}
