// Term -> items lists for finding candidates, capped: a term in very many items is dropped, as it finds nothing in particular.

export class PostingIndex<T> {
  private readonly lists = new Map<string, Set<T>>();
  /** Terms whose list grew past the cap; they are never listed again. */
  private readonly saturated = new Set<string>();

  constructor(private readonly cap: number) {}

  add(term: string, item: T): void {
    if (this.saturated.has(term)) return;
    let list = this.lists.get(term);
    if (!list) this.lists.set(term, (list = new Set()));
    list.add(item);
    if (list.size > this.cap) {
      this.lists.delete(term);
      this.saturated.add(term);
    }
  }

  delete(term: string, item: T): void {
    const list = this.lists.get(term);
    if (!list) return;
    list.delete(item);
    if (!list.size) this.lists.delete(term);
  }

  /** The items listed under a term; undefined for unknown and saturated terms. */
  get(term: string): ReadonlySet<T> | undefined {
    return this.lists.get(term);
  }

  /** How many items a term lists (0 for saturated terms). */
  count(term: string): number {
    return this.lists.get(term)?.size ?? 0;
  }
}
