import { Button } from '@patternfly/react-core';
import { useRef, useState, type CSSProperties } from 'react';
import { LazyBoundary } from '../../../../components/ui/lazy-boundary';
import { lazyPart } from '../../../../components/ui/lazy-part';
import type { ListTag } from '../../model/list-rows';
import type { TagState } from '../../model/tag-state';
import { TagBadge } from './tag-badge';

// PatternFly's Popover (with its focus trap) loads on the first "+N more" click.
const TagsPopover = lazyPart(async () => (await import('./tags-popover')).TagsPopover);

const VISIBLE = 3;

// One line whatever the column width: badges shrink (their text ellipsizes), "+N more" never does.
const lineStyle: CSSProperties = { display: 'flex', flexWrap: 'nowrap', alignItems: 'center', gap: 'var(--pf-t--global--spacer--xs)', minWidth: 0, overflow: 'hidden' };
const shrinkStyle: CSSProperties = { minWidth: 0, flex: '0 1 auto', display: 'inline-flex' };
const moreStyle: CSSProperties = { flex: 'none', whiteSpace: 'nowrap' };

// Problems first: a failing tag must not hide behind "+N more".
const PRIORITY: Record<TagState['kind'], number> = {
  failed: 0,
  importing: 1,
  'not-imported': 2,
  imported: 3,
  reference: 3,
  pushed: 3,
};

function visibleTags(tags: ListTag[]): ListTag[] {
  if (tags.length <= VISIBLE) return tags;
  return tags
    .map((tag, index) => ({ tag, index }))
    .sort((a, b) => PRIORITY[a.tag.state] - PRIORITY[b.tag.state] || a.index - b.index)
    .slice(0, VISIBLE)
    .map((entry) => entry.tag);
}

interface TagBadgesProps {
  streamName: string;
  tags: ListTag[];
}

/** At most three tags on one line, so rows keep one height; the rest in a popover. */
export function TagBadges({ streamName, tags }: TagBadgesProps) {
  if (tags.length === 0) return <span>No tags</span>;
  const shown = visibleTags(tags);
  const hidden = tags.length - shown.length;
  return (
    <div style={lineStyle}>
      {shown.map((tag) => (
        <span key={tag.name} style={shrinkStyle}>
          <TagBadge tag={tag} />
        </span>
      ))}
      {hidden > 0 ? <MoreTags streamName={streamName} tags={tags} hidden={hidden} /> : null}
    </div>
  );
}

/** "+N more": every tag in a popover, mounted on first click (a Popover per row costs on scroll). */
function MoreTags({ streamName, tags, hidden }: TagBadgesProps & { hidden: number }) {
  const ref = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // The popover's code out of reach (the server the dashboard came from is gone): the button says so.
  const [failed, setFailed] = useState(false);
  return (
    <>
      <Button
        ref={ref}
        variant="link"
        isInline
        size="sm"
        style={moreStyle}
        aria-expanded={failed ? undefined : open}
        isAriaDisabled={failed}
        title={failed ? 'The list of tags could not load: check the connection, then reload the page' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        +{hidden} more<span className="pf-v6-screen-reader"> tags</span>
      </Button>
      {open && !failed ? (
        <LazyBoundary fallback={null} onError={() => setFailed(true)}>
          <TagsPopover triggerRef={ref} streamName={streamName} tags={tags} onClose={() => setOpen(false)} />
        </LazyBoundary>
      ) : null}
    </>
  );
}
