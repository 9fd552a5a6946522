import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-check-circle-fill-icon';
import ErrorIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-error-fill-icon';
import InfoIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-information-fill-icon';
import type { ReactNode } from 'react';

export type PlainLabelStatus = 'success' | 'info' | 'danger';
export type PlainLabelColor = 'blue' | 'grey' | 'purple';

// The icons PatternFly's <Label status> shows.
const STATUS_ICONS: Record<PlainLabelStatus, ReactNode> = {
  success: <CheckCircleIcon />,
  info: <InfoIcon />,
  danger: <ErrorIcon />,
};

interface PlainLabelProps {
  status?: PlainLabelStatus;
  color?: PlainLabelColor;
  id?: string;
  children: ReactNode;
}

/**
 * PatternFly's compact filled label as markup. Its <Label> measures its text after mounting to decide
 * on a tooltip: in a table of 200 tags or a timeline of 1,000 items those forced layouts took seconds.
 * The text here is short and never truncated, so nothing is lost. (Label styles come with the
 * <Label> component, which the details page also uses.)
 */
export function PlainLabel({ status, color = 'grey', id, children }: PlainLabelProps) {
  const modifier = status ? `pf-m-${status}` : color === 'grey' ? '' : `pf-m-${color}`;
  return (
    <span id={id} className={`pf-v6-c-label pf-m-filled pf-m-compact ${modifier}`.trim()}>
      <span className="pf-v6-c-label__content">
        {status ? <span className="pf-v6-c-label__icon">{STATUS_ICONS[status]}</span> : null}
        <span className="pf-v6-c-label__text">{children}</span>
      </span>
    </span>
  );
}
