import { Stack, StackItem } from '@patternfly/react-core';
import { Link } from 'react-router';
import type { ImageStream } from '../../api/schemas';
import { sourceDisplay } from '../../model/tag-details';
import type { TagRow } from '../../model/tag-rows';
import { sourceHref } from '../details/details-links';

/** Kind and name; another stream's tag or image is a link to it. */
export function TagSourceCell({ stream, row }: { stream: ImageStream; row: TagRow }) {
  const source = sourceDisplay(stream, row);
  if (!source.kind) return <em>{source.text}</em>;
  return (
    <Stack>
      <StackItem>
        <small>{source.kind}</small>
      </StackItem>
      <StackItem style={{ overflowWrap: 'anywhere' }}>
        {source.link ? (
          <Link to={sourceHref(source.link)} title={source.fullName}>
            {source.text}
          </Link>
        ) : (
          <span title={source.fullName}>{source.text}</span>
        )}
      </StackItem>
    </Stack>
  );
}
