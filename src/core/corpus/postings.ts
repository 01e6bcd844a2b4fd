// Term -> items lists for finding candidates, capped: a term in very many items is dropped, as it finds nothing in particular.

/** One term's list of integer ids, in the order they were added. */
export interface IdList {
  ids: Int32Array;
  length: number;
}

/**
 * Integer terms -> integer items (sentence ids, group serials): typed arrays, no object per entry. Terms are
 * array indices (word terms from 0 up, entity terms from -1 down), not hash keys.
 */
export class IdPostingIndex {
  private readonly up: (IdList | undefined)[] = [];
  private readonly down: (IdList | undefined)[] = [];
  /** Terms whose list grew past the cap (never listed again): 1 per term, same two directions. */
  private saturatedUp = new Uint8Array(1024);
  private saturatedDown = new Uint8Array(1024);

  constructor(private readonly cap: number) {}

  add(term: number, id: number): void {
    const lists = term >= 0 ? this.up : this.down;
    const at = term >= 0 ? term : -1 - term;
    let list = lists[at];
    if (!list) {
      if (this.isSaturated(term)) return;
      while (lists.length < at) lists.push(undefined);
      lists[at] = list = { ids: new Int32Array(4), length: 0 };
    }
    if (list.length === list.ids.length) {
      const bigger = new Int32Array(list.ids.length * 2);
      bigger.set(list.ids);
      list.ids = bigger;
    }
    list.ids[list.length++] = id;
    if (list.length > this.cap) {
      lists[at] = undefined;
      this.saturate(term);
    }
  }

  delete(term: number, id: number): void {
    const lists = term >= 0 ? this.up : this.down;
    const at = term >= 0 ? term : -1 - term;
    const list = lists[at];
    if (!list) return;
    const k = list.ids.subarray(0, list.length).indexOf(id);
    if (k < 0) return;
    list.ids.copyWithin(k, k + 1, list.length);
    list.length--;
    if (!list.length) lists[at] = undefined;
  }

  /** The ids listed under a term; undefined for unknown and saturated terms. Read `length` entries of `ids`. */
  get(term: number): IdList | undefined {
    return term >= 0 ? this.up[term] : this.down[-1 - term];
  }

  /** How many ids a term lists (0 for saturated terms). */
  count(term: number): number {
    return this.get(term)?.length ?? 0;
  }

  private isSaturated(term: number): boolean {
    const at = term >= 0 ? term : -1 - term;
    const flags = term >= 0 ? this.saturatedUp : this.saturatedDown;
    return at < flags.length && flags[at] === 1;
  }

  private saturate(term: number): void {
    const at = term >= 0 ? term : -1 - term;
    let flags = term >= 0 ? this.saturatedUp : this.saturatedDown;
    if (at >= flags.length) {
      const bigger = new Uint8Array(Math.max(flags.length * 2, at + 1));
      bigger.set(flags);
      flags = bigger;
      if (term >= 0) this.saturatedUp = flags;
      else this.saturatedDown = flags;
    }
    flags[at] = 1;
  }
}
