// Term -> items lists for finding candidates, capped: a term in very many items is dropped, as it finds nothing in particular.
import { allocate, grow } from './growable';

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
  private at = new Int32Array(1024);
  private length = new Int32Array(1024);
  private room = new Int32Array(1024);
  /** Terms whose list grew past the cap: never listed again. */
  private saturated = new Uint8Array(1024);

  constructor(private readonly cap: number) {}

  /** The array the lists are in; read list(term) entries from start(term). Valid until the next add or delete. */
  get ids(): Int32Array {
    return this.pool;
  }

  start(term: number): number {
    const i = slot(term);
    return i < this.at.length ? this.at[i] : 0;
  }

  /** How many ids a term lists (0 for unknown and saturated terms). */
  count(term: number): number {
    const i = slot(term);
    return i < this.length.length ? this.length[i] : 0;
  }

  /** Forgets every list. */
  clear(): void {
    this.used = 0;
    this.garbage = 0;
    this.at.fill(0);
    this.length.fill(0);
    this.room.fill(0);
    this.saturated.fill(0);
  }

  /** How many ids a term lists that are below `id` (the lists are in the order ids were added). */
  countBelow(term: number, id: number): number {
    const i = slot(term);
    if (i >= this.length.length) return 0;
    let lo = 0;
    let hi = this.length[i];
    const from = this.at[i];
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
    if (i >= this.at.length) return;
    this.garbage += this.room[i];
    this.length[i] = 0;
    this.room[i] = 0;
    this.saturated[i] = 0;
  }

  /** Replaces every listed id by `to[id]` (which keeps the order of each list when `to` keeps the order of ids). */
  renumber(to: Int32Array): void {
    for (let i = 0; i < this.at.length; i++) for (let k = this.at[i], end = k + this.length[i]; k < end; k++) this.pool[k] = to[this.pool[k]];
  }

  /** Lists an item under a term; an item is listed under each of its terms once. */
  add(term: number, id: number): void {
    const i = slot(term);
    if (i >= this.at.length) this.growSlots(i + 1);
    if (this.saturated[i]) return;
    const n = this.length[i];
    if (n === this.room[i]) this.move(i, Math.max(4, 2 * n));
    this.pool[this.at[i] + n] = id;
    this.length[i] = n + 1;
    if (n + 1 > this.cap) {
      this.garbage += this.room[i];
      this.length[i] = 0;
      this.room[i] = 0;
      this.saturated[i] = 1;
    }
  }

  delete(term: number, id: number): void {
    const i = slot(term);
    if (i >= this.at.length) return;
    const from = this.at[i];
    const n = this.length[i];
    const pool = this.pool;
    let k = 0;
    while (k < n && pool[from + k] !== id) k++;
    if (k === n) return;
    pool.copyWithin(from + k, from + k + 1, from + n);
    this.length[i] = n - 1;
  }

  /** Gives list i room for `size` ids at the end of the array. */
  private move(i: number, size: number): void {
    if (this.used + size > this.pool.length) {
      if (this.garbage * 3 > this.used) this.compact();
      if (this.used + size > this.pool.length) this.pool = grow(this.pool, this.used + size);
    }
    this.pool.copyWithin(this.used, this.at[i], this.at[i] + this.length[i]);
    this.garbage += this.room[i];
    this.at[i] = this.used;
    this.room[i] = size;
    this.used += size;
  }

  /** Copies the lists into a fresh array, each with its length as room, leaving out what moved lists left behind. */
  private compact(): void {
    let total = 0;
    for (let i = 0; i < this.at.length; i++) total += this.length[i];
    const pool = allocate(Int32Array, Math.max(1 << 14, Math.ceil(1.5 * total)));
    let used = 0;
    for (let i = 0; i < this.at.length; i++) {
      const n = this.length[i];
      if (!n) {
        this.room[i] = 0;
        continue;
      }
      pool.set(this.pool.subarray(this.at[i], this.at[i] + n), used);
      this.at[i] = used;
      this.room[i] = n;
      used += n;
    }
    this.pool = pool;
    this.used = used;
    this.garbage = 0;
  }

  private growSlots(size: number): void {
    this.at = grow(this.at, size);
    this.length = grow(this.length, size);
    this.room = grow(this.room, size);
    this.saturated = grow(this.saturated, size);
  }
}

/** Word terms at even slots, entity terms (negative) at odd ones. */
const slot = (term: number): number => (term >= 0 ? 2 * term : -2 * term - 1);
