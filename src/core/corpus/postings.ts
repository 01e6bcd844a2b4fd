// Term -> items lists for finding candidates, capped: a term in very many items is dropped, as it finds nothing in particular.
import { allocate, grow } from './growable';

/** A term's numbers, side by side: where its list starts, its length, its room, and whether it is saturated. */
const FIELDS = 4;
const AT = 0;
const LENGTH = 1;
const ROOM = 2;
const SATURATED = 3;

/**
 * Integer terms -> integer items (sentence ids, group serials), in the order they were added. All lists live in
 * one array: each term has an offset, a length and a capacity there (word terms from 0 up and entity terms from
 * -1 down share the slots, interleaved). A list that outgrows its room moves to the end; the room left behind is
 * reclaimed when the array is full and a third of it is left behind. No object per list or per entry.
 */
export class IdPostingIndex {
  private pool = new Int32Array(1 << 14);
  private used = 0;
  private garbage = 0;
  /**
   * FIELDS numbers per slot, side by side: finding candidates reads a term's start and length, listing an item all
   * four, and terms are read at random, so one read from memory brings them all (four arrays took four).
   */
  private terms = new Int32Array(FIELDS * 1024);
  /** How many slots `terms` has room for. */
  private slots = 1024;

  constructor(private readonly cap: number) {}

  /** The array the lists are in; read list(term) entries from start(term). Valid until the next add or delete. */
  get ids(): Int32Array {
    return this.pool;
  }

  start(term: number): number {
    const i = slot(term);
    return i < this.slots ? this.terms[FIELDS * i + AT] : 0;
  }

  /** How many ids a term lists (0 for unknown and saturated terms). */
  count(term: number): number {
    const i = slot(term);
    return i < this.slots ? this.terms[FIELDS * i + LENGTH] : 0;
  }

  /** Forgets every list. */
  clear(): void {
    this.used = 0;
    this.garbage = 0;
    this.terms.fill(0);
  }

  /** How many ids a term lists that are below `id` (the lists are in the order ids were added). */
  countBelow(term: number, id: number): number {
    const i = slot(term);
    if (i >= this.slots) return 0;
    let lo = 0;
    let hi = this.terms[FIELDS * i + LENGTH];
    const from = this.terms[FIELDS * i + AT];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pool[from + mid] < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Drops a term's list and its saturation: the term number is to mean something else. */
  forget(term: number): void {
    const i = slot(term);
    if (i >= this.slots) return;
    const t = FIELDS * i;
    this.garbage += this.terms[t + ROOM];
    this.terms[t + LENGTH] = 0;
    this.terms[t + ROOM] = 0;
    this.terms[t + SATURATED] = 0;
  }

  /** Replaces every listed id by `to[id]` (which keeps the order of each list when `to` keeps the order of ids). */
  renumber(to: Int32Array): void {
    const terms = this.terms;
    for (let t = 0; t < FIELDS * this.slots; t += FIELDS) for (let k = terms[t + AT], end = k + terms[t + LENGTH]; k < end; k++) this.pool[k] = to[this.pool[k]];
  }

  /** Lists an item under a term; an item is listed under each of its terms once. */
  add(term: number, id: number): void {
    const i = slot(term);
    if (i >= this.slots) this.growSlots(i + 1);
    const terms = this.terms;
    const t = FIELDS * i;
    if (terms[t + SATURATED]) return;
    const n = terms[t + LENGTH];
    if (n === terms[t + ROOM]) this.move(t, Math.max(4, 2 * n));
    this.pool[terms[t + AT] + n] = id;
    terms[t + LENGTH] = n + 1;
    if (n + 1 > this.cap) {
      this.garbage += terms[t + ROOM];
      terms[t + LENGTH] = 0;
      terms[t + ROOM] = 0;
      terms[t + SATURATED] = 1;
    }
  }

  delete(term: number, id: number): void {
    const i = slot(term);
    if (i >= this.slots) return;
    const t = FIELDS * i;
    const from = this.terms[t + AT];
    const n = this.terms[t + LENGTH];
    const pool = this.pool;
    let k = 0;
    while (k < n && pool[from + k] !== id) k++;
    if (k === n) return;
    pool.copyWithin(from + k, from + k + 1, from + n);
    this.terms[t + LENGTH] = n - 1;
  }

  /** Gives the list whose numbers start at terms[t] room for `size` ids at the end of the array. */
  private move(t: number, size: number): void {
    if (this.used + size > this.pool.length) {
      if (this.garbage * 3 > this.used) this.compact();
      if (this.used + size > this.pool.length) this.pool = grow(this.pool, this.used + size);
    }
    const terms = this.terms;
    this.pool.copyWithin(this.used, terms[t + AT], terms[t + AT] + terms[t + LENGTH]);
    this.garbage += terms[t + ROOM];
    terms[t + AT] = this.used;
    terms[t + ROOM] = size;
    this.used += size;
  }

  /** Copies the lists into a fresh array, each with its length as room, leaving out what moved lists left behind. */
  private compact(): void {
    const terms = this.terms;
    const end = FIELDS * this.slots;
    let total = 0;
    for (let t = 0; t < end; t += FIELDS) total += terms[t + LENGTH];
    const pool = allocate(Int32Array, Math.max(1 << 14, Math.ceil(1.5 * total)));
    let used = 0;
    for (let t = 0; t < end; t += FIELDS) {
      const n = terms[t + LENGTH];
      if (!n) {
        terms[t + ROOM] = 0;
        continue;
      }
      // Copied one by one: most lists are short, and a view of each would be an object made for each term.
      for (let k = 0, from = terms[t + AT]; k < n; k++) pool[used + k] = this.pool[from + k];
      terms[t + AT] = used;
      terms[t + ROOM] = n;
      used += n;
    }
    this.pool = pool;
    this.used = used;
    this.garbage = 0;
  }

  private growSlots(size: number): void {
    this.terms = grow(this.terms, FIELDS * size);
    this.slots = Math.floor(this.terms.length / FIELDS);
  }
}

/** Word terms at even slots, entity terms (negative) at odd ones. */
const slot = (term: number): number => (term >= 0 ? 2 * term : -2 * term - 1);
