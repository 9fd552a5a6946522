import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import InProgressIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-in-progress-icon';
import LinkIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-link-icon';
import PendingIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-pending-icon';
import UploadIcon from '@patternfly/react-icons/dist/esm/icons/upload-icon';
import { Label, type LabelProps } from '@patternfly/react-core';
import type { ComponentType, CSSProperties } from 'react';
import type { ListTag } from '../../model/list-rows';
import { TAG_STATE_LABELS, type TagState } from '../../model/tag-state';

const LOOKS: Record<TagState['kind'], { color: NonNullable<LabelProps['color']>; Icon: ComponentType }> = {
  imported: { color: 'green', Icon: CheckCircleIcon },
  reference: { color: 'blue', Icon: LinkIcon },
  importing: { color: 'purple', Icon: InProgressIcon },
  failed: { color: 'red', Icon: ExclamationCircleIcon },
  'not-imported': { color: 'orange', Icon: PendingIcon },
  pushed: { color: 'teal', Icon: UploadIcon },
};

/**
 * A tag name with its state: colour and icon for the eye, the state's name for screen readers.
 * PatternFly's label markup without its <Label> component, which measures its text on mount:
 * in a list that mounts rows while scrolling, those forced layouts cost whole frames.
 * (TagLabel below uses <Label>, which also brings the label styles along.)
 */
export function TagBadge({ tag, maxWidth = '12ch' }: { tag: ListTag; maxWidth?: string }) {
  const { color, Icon } = LOOKS[tag.state];
  const textStyle = { '--pf-v6-c-label__text--MaxWidth': maxWidth } as CSSProperties;
  return (
    <span className={`pf-v6-c-label pf-m-compact pf-m-filled pf-m-${color}`} title={`${tag.name}: ${TAG_STATE_LABELS[tag.state]}`} style={{ maxWidth: '100%' }}>
      <span className="pf-v6-c-label__content">
        <span className="pf-v6-c-label__icon">
          <Icon />
        </span>
        <span className="pf-v6-c-label__text" style={textStyle}>
          {tag.name}
          <span className="pf-v6-screen-reader">: {TAG_STATE_LABELS[tag.state]}</span>
        </span>
      </span>
    </span>
  );
}

/** The same as a PatternFly <Label>, for places that show a few tags at once. */
export function TagLabel({ tag }: { tag: ListTag }) {
  const { color, Icon } = LOOKS[tag.state];
  return (
    <Label isCompact color={color} icon={<Icon />}>
      {tag.name}
      <span className="pf-v6-screen-reader">: {TAG_STATE_LABELS[tag.state]}</span>
    </Label>
  );
}
