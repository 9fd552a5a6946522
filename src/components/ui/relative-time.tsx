import type { CSSProperties } from 'react';
import { useLazyTooltip } from './use-lazy-tooltip';

// PatternFly's "help text" timestamp look: a dashed underline says there is more on hover.
const helpText: CSSProperties = {
  textDecorationLine: 'underline',
  textDecorationStyle: 'dashed',
  textDecorationColor: 'var(--pf-t--global--border--color--default)',
  textUnderlineOffset: '0.25em',
};

const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

interface RelativeTimeProps {
  /** An ISO 8601 time. */
  iso: string;
  /** The time as people say it ("3 hours ago"); the caller decides how coarse. */
  relative: string;
}

/** Relative text; the exact local and UTC time on hover and on keyboard focus, and for screen readers. */
export function RelativeTime({ iso, relative }: RelativeTimeProps) {
  const date = new Date(iso);
  const valid = !Number.isNaN(date.getTime());
  const local = valid ? absolute.format(date) : '';
  const utc = valid ? date.toISOString().replace('.000Z', 'Z') : '';
  const { trigger, tooltip } = useLazyTooltip<HTMLSpanElement>(
    <div>
      <div>{local}</div>
      <div>{utc}</div>
    </div>,
  );
  if (!valid) return <>{iso}</>;
  return (
    <>
      {/* Not PatternFly's Timestamp: it mounts a tooltip for every row of a long list. */}
      <span tabIndex={0} style={helpText} {...trigger}>
        <time dateTime={iso}>
          {relative}
          <span className="pf-v6-screen-reader"> ({local})</span>
        </time>
      </span>
      {tooltip}
    </>
  );
}
