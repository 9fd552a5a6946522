import { RelativeTime } from '../../../../components/ui/relative-time';
import { relativeTime } from '../../model/relative-time';

const absoluteFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** "3 hours ago" with the exact time on hover, or printed beside it where the exact time matters. */
export function DetailsTime({ iso, showAbsolute = false }: { iso: string | undefined; showAbsolute?: boolean }) {
  const time = iso ? Date.parse(iso) : NaN;
  if (!iso || Number.isNaN(time)) return <span>—</span>;
  return (
    <span>
      <RelativeTime iso={iso} relative={relativeTime(iso)} />
      {showAbsolute ? ` (${absoluteFormat.format(time)})` : null}
    </span>
  );
}
