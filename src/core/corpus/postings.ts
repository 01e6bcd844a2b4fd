// Term -> items lists for finding candidates, capped: a term in very many items is dropped, as it finds nothing in particular.

export class PostingIndex<K, T> {
  private readonly lists = new Map<K, T[]>();
  /** Terms whose list grew past the cap; they are never listed again. */
  private readonly saturated = new Set<K>();

  constructor(private readonly cap: number) {}

  /** Lists an item under a term; an item is listed under each of its terms once. */
  add(term: K, item: T): void {
    if (this.saturated.has(term)) return;
    let list = this.lists.get(term);
    if (!list) this.lists.set(term, (list = []));
    list.push(item);
    if (list.length > this.cap) {
      this.lists.delete(term);
      this.saturated.add(term);
    }
  }

  delete(term: K, item: T): void {
    const list = this.lists.get(term);
    if (!list) return;
    const at = list.indexOf(item);
    if (at < 0) return;
    list.splice(at, 1);
    if (!list.length) this.lists.delete(term);
  }

  /** The items listed under a term, in the order they were added; undefined for unknown and saturated terms. */
  get(term: K): readonly T[] | undefined {
    return this.lists.get(term);
  }

  /** How many items a term lists (0 for saturated terms). */
  count(term: K): number {
    return this.lists.get(term)?.length ?? 0;
  }
}

/** One term's list of integer ids, in the order they were added. */
export interface IdList {
  ids: Int32Array;
  length: number;
}

/** The same, for integer terms and integer items (sentence ids): typed arrays, no object per entry. */
export class IdPostingIndex {
  private readonly lists = new Map<number, IdList>();
  private readonly saturated = new Set<number>();

  constructor(private readonly cap: number) {}

  add(term: number, id: number): void {
    let list = this.lists.get(term);
    if (!list) {
      if (this.saturated.has(term)) return;
      this.lists.set(term, (list = { ids: new Int32Array(4), length: 0 }));
    }
    if (list.length === list.ids.length) {
      const bigger = new Int32Array(list.ids.length * 2);
      bigger.set(list.ids);
      list.ids = bigger;
    }
    list.ids[list.length++] = id;
    if (list.length > this.cap) {
      this.lists.delete(term);
      this.saturated.add(term);
    }
  }

  delete(term: number, id: number): void {
    const list = this.lists.get(term);
    if (!list) return;
    const at = list.ids.subarray(0, list.length).indexOf(id);
    if (at < 0) return;
    list.ids.copyWithin(at, at + 1, list.length);
    list.length--;
    if (!list.length) this.lists.delete(term);
  }

  /** The ids listed under a term; undefined for unknown and saturated terms. Read `length` entries of `ids`. */
  get(term: number): IdList | undefined {
    return this.lists.get(term);
  }
}
