/**
 * React keys for the rows in view that recycle their DOM. Two ways to hand out keys, and each render
 * takes the cheaper:
 * - by stream: a stream that stays in view keeps its key (and its row), a stream coming into view
 *   takes the key of one that left. Scrolling a few rows touches only the rows that come into view.
 * - by position: the row at each position stays and shows whichever stream is there now. A filter
 *   keystroke, which changes most of the rows in view, updates ~30 rows' text in place.
 *
 * The cost that matters is a row that is built anew or moved in the DOM: Chromium lays out its whole
 * subtree again, and a key out of order makes React move the row. Measured at 10,000 streams:
 * 30-50 ms of layout a keystroke with moves and new rows, 6-9 ms with all rows updated in place, so a
 * new or moved row counts as five rows updated in place. Keys never go out of order where a row can
 * be reused in place instead.
 *
 * A row the user has touched (focus, pointer) is pinned: its key is never handed to another stream,
 * so focus, an open menu or a "Copied" never silently move to a different stream. It goes away with
 * its stream, as with keys by stream.
 */
export class RowSlots {
  private slots = new Map<string, number>();
  private pinned = new Set<string>();
  /** The streams of the previous render, in order. */
  private order: readonly string[] = [];

  pin(streamKey: string): void {
    if (this.slots.has(streamKey)) this.pinned.add(streamKey);
  }

  /** Keys for the streams in view, in order. Rerunning with the same streams gives the same keys. */
  keys(streamKeys: readonly string[]): string[] {
    const byStream = this.byStream(streamKeys);
    const byPosition = this.byPosition(streamKeys);
    const chosen = byPosition.cost < byStream.cost ? byPosition : byStream;
    this.slots = new Map(streamKeys.map((key, i) => [key, chosen.slots[i]!]));
    for (const key of this.pinned) if (!this.slots.has(key)) this.pinned.delete(key);
    this.order = streamKeys.slice();
    return chosen.slots.map((slot) => `slot:${slot}`);
  }

  private byStream(streamKeys: readonly string[]): Assignment {
    const plan = new Plan(this.slots, this.order);
    const inView = new Set(streamKeys);
    const before = new Map(this.order.map((key, position) => [key, position]));
    // Leavers' keys, by where their rows stood; a pinned row's key leaves with its stream.
    const free = this.order.flatMap((key, position) =>
      inView.has(key) || this.pinned.has(key) ? [] : [{ slot: this.slots.get(key)!, position }],
    );
    // For each index, where the next stream that stays stood before (Infinity: none follows).
    const nextStayer = new Array<number>(streamKeys.length + 1).fill(Infinity);
    for (let i = streamKeys.length - 1; i >= 0; i--) nextStayer[i] = before.get(streamKeys[i]!) ?? nextStayer[i + 1]!;

    const slots = streamKeys.map((key, i) => {
      const own = this.slots.get(key);
      if (own !== undefined) return plan.place(own, false);
      // A leaver's key in order, between this row's neighbours; after the last stayer any leaver's
      // key (moving only its own row); otherwise a new row.
      const limit = nextStayer[i + 1]!;
      let index = free.findIndex((f) => f.position > plan.lastPlaced && f.position < limit);
      if (index < 0 && limit === Infinity && free.length > 0) index = 0;
      if (index < 0) return plan.fresh();
      const [leaver] = free.splice(index, 1);
      return plan.place(leaver!.slot, true);
    });
    return { slots, cost: plan.cost };
  }

  private byPosition(streamKeys: readonly string[]): Assignment {
    const plan = new Plan(this.slots, this.order);
    const slots = streamKeys.map((key, i) => {
      if (this.pinned.has(key)) return plan.place(this.slots.get(key)!, false);
      const there = this.order[i];
      if (there === undefined || this.pinned.has(there)) return plan.fresh();
      return plan.place(this.slots.get(there)!, there !== key);
    });
    return { slots, cost: plan.cost };
  }
}

interface Assignment {
  slots: number[];
  cost: number;
}

/** A row built anew or moved in the DOM, against one updated in place (see above). */
const NEW_ROW_COST = 5;

/** One way of handing out keys, and what React will do with the DOM for it. */
class Plan {
  cost = 0;
  /** Where the last row kept in place stood before, as React's reconciler tracks it. */
  lastPlaced = -1;
  private readonly taken: Set<number>;
  private readonly before: Map<number, number>;
  private next = 0;

  constructor(slots: ReadonlyMap<string, number>, order: readonly string[]) {
    // Never a key of the previous render for a new row: React would reuse that row.
    this.taken = new Set(slots.values());
    this.before = new Map(order.map((key, position) => [slots.get(key)!, position]));
  }

  /** Reuse the row of `slot`; `changed` when it shows another stream than before. */
  place(slot: number, changed: boolean): number {
    const position = this.before.get(slot) ?? -1;
    if (position < this.lastPlaced) this.cost += NEW_ROW_COST;
    else {
      this.lastPlaced = position;
      if (changed) this.cost += 1;
    }
    return slot;
  }

  fresh(): number {
    while (this.taken.has(this.next)) this.next++;
    this.taken.add(this.next);
    this.cost += NEW_ROW_COST;
    return this.next;
  }
}
