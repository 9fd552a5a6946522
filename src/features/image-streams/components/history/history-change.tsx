import { shortDigest } from '../../model/pull-specs';
import { changeWords } from '../../model/history-view';
import type { HistoryEntry } from '../../model/history';

function Digest({ image }: { image: string }) {
  return image ? <code title={image}>{shortDigest(image)}</code> : <em>no digest</em>;
}

/** What changed since the same tag's previous item, in one sentence. */
export function HistoryChange({ entry }: { entry: HistoryEntry }) {
  const words = changeWords(entry);
  if (words.kind === 'first') return <span>First image of tag {entry.tag}: nothing older is recorded.</span>;
  if (words.kind === 'same') return <span>Same image as the previous item: the tag was imported again without a change.</span>;
  return (
    <span>
      {words.digest ? (
        <>
          Image changed from <Digest image={words.digest.from} /> to <Digest image={words.digest.to} />.
        </>
      ) : (
        'Same image. '
      )}
      {words.source ? (
        <>
          {' '}
          Source changed from <code>{words.source.from}</code> to <code>{words.source.to}</code>.
        </>
      ) : null}
    </span>
  );
}
