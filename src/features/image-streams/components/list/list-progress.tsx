import { Progress, ProgressMeasureLocation, ProgressSize, Spinner } from '@patternfly/react-core';
import { InlineGroup } from '../../../../components/ui/inline-group';
import type { ImageStreamListData } from '../../api/fetchers';

const count = new Intl.NumberFormat('en');

/**
 * "Loaded 500 of 1,200…" while later pages of a large list are still coming in. It takes the place
 * of the count in the toolbar, so the table below does not move when loading ends.
 */
export function ListProgress({ progress }: { progress: NonNullable<ImageStreamListData['progress']> }) {
  const { loaded, remaining } = progress;
  const total = remaining === undefined ? undefined : loaded + remaining;
  const text = total === undefined ? `Loaded ${count.format(loaded)}…` : `Loaded ${count.format(loaded)} of ${count.format(total)}…`;
  return (
    <InlineGroup gap="sm">
      <span id="list-progress-text">{text}</span>
      {total === undefined ? (
        <Spinner size="md" aria-labelledBy="list-progress-text" />
      ) : (
        <Progress
          value={loaded}
          max={total}
          valueText={text}
          aria-labelledby="list-progress-text"
          size={ProgressSize.sm}
          measureLocation={ProgressMeasureLocation.none}
          style={{ width: '8rem' }}
        />
      )}
    </InlineGroup>
  );
}
