/**
 * React keys for the rows in view that recycle DOM: a stream that stays in view keeps its key (and
 * its row), and a stream coming into view takes the key of one that left. A filter keystroke then
 * updates the text of the ~25 rows in view instead of removing them and building new ones.
 *
 * A row the user has touched (focus, pointer) is pinned: its key is never handed to another stream,
 * so focus, an open menu or a "Copied" never silently move to a different stream. It goes away with
 * its stream, as with keys by stream.
 */
export class RowSlots {
  private slots = new Map<string, number>();
  private pinned = new Set<string>();

  pin(streamKey: string): void {
    if (this.slots.has(streamKey)) this.pinned.add(streamKey);
  }

  /** Keys for the streams in view, in order. Rerunning with the same streams gives the same keys. */
  keys(streamKeys: readonly string[]): string[] {
    const inView = new Set(streamKeys);
    const free: number[] = [];
    const taken = new Set<number>();
    for (const [key, slot] of this.slots) {
      taken.add(slot);
      if (inView.has(key)) continue;
      this.slots.delete(key);
      // A pinned row leaves with its stream: its slot is not handed on in the same render.
      if (!this.pinned.delete(key)) free.push(slot);
    }
    free.sort((a, b) => b - a);
    let next = 0;
    const fresh = () => {
      while (taken.has(next)) next++;
      return next;
    };
    return streamKeys.map((key) => {
      let slot = this.slots.get(key);
      if (slot === undefined) {
        slot = free.pop() ?? fresh();
        taken.add(slot);
        this.slots.set(key, slot);
      }
      return `slot:${slot}`;
    });
  }
}
