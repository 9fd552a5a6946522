import { Stack, StackItem } from '@patternfly/react-core';
import { TAG_STATE_LABELS, type TagState } from '../../model/tag-state';
import { DetailsTime } from '../details/details-time';
import { PlainLabel, type PlainLabelColor, type PlainLabelStatus } from './plain-label';

type LabelLook = { status?: PlainLabelStatus; color?: PlainLabelColor };

const LOOKS: Record<TagState['kind'], LabelLook> = {
  imported: { status: 'success' },
  reference: { color: 'blue' },
  importing: { status: 'info' },
  failed: { status: 'danger' },
  'not-imported': { color: 'grey' },
  pushed: { color: 'purple' },
};

const HINTS: Partial<Record<TagState['kind'], string>> = {
  reference: 'pull spec recorded, never imported',
  importing: 'waiting for the import controller',
  'not-imported': 'no image yet',
  pushed: 'pushed to the registry, not declared in spec',
};

export function TagStateBadge({ state }: { state: TagState }) {
  return (
    <PlainLabel {...LOOKS[state.kind]}>{TAG_STATE_LABELS[state.kind]}</PlainLabel>
  );
}

/** The badge, and for a failed import the reason, the registry's message and since when. */
export function TagStateDetails({ state }: { state: TagState }) {
  const hint = HINTS[state.kind];
  return (
    <Stack>
      <StackItem>
        <TagStateBadge state={state} />
      </StackItem>
      {state.kind === 'failed' ? (
        <>
          <StackItem>
            <strong>{state.reason}</strong>
            {state.since ? (
              <>
                {' '}
                <DetailsTime iso={state.since} />
              </>
            ) : null}
          </StackItem>
          {state.message ? <StackItem style={{ overflowWrap: 'anywhere' }}>{state.message}</StackItem> : null}
        </>
      ) : hint ? (
        <StackItem>
          <small>{hint}</small>
        </StackItem>
      ) : null}
    </Stack>
  );
}
