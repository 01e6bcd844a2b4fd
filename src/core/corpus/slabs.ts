// Shared buffers for the index's small per-document arrays: a chunk holds hundreds of documents' arrays.

export type SlabArray = Uint8Array | Uint16Array | Int32Array;

/**
 * Bytes per chunk. A buffer of its own for each of a document's text, block offsets and numbers makes three
 * small long-lived allocations per document among the many short-lived ones of reading it (the C allocator of
 * the host keeps what those free around them), and three buffer objects more on the heap: 30,000 at 10,000
 * articles. Chunks take a few MB less heap, and the bench's peak resident memory at 10,000 articles was about
 * 12 MB lower with them in alternated runs (392–393 against 404–405 MB).
 */
const CHUNK_BYTES = 1 << 20;
/** Arrays larger than this get a buffer of their own (a chunk holds at least four). */
const OWN_BUFFER_BYTES = CHUNK_BYTES / 4;
/** Below this many bytes handed out, the room left by arrays given back is not reclaimed. */
const COMPACT_MIN_BYTES = 4 * CHUNK_BYTES;

/** Room for an array of `byteLength` bytes, in whole 8-byte units (so that every array starts aligned). */
function roomFor(byteLength: number): number {
  return (byteLength + 7) & ~7;
}

/**
 * Arrays carved out of shared chunks, one after another. An array given back leaves its room behind; once that is
 * more than what is in use, the owner copies what it keeps into a fresh Slabs (see needsCompaction).
 */
export class Slabs {
  private chunk: ArrayBuffer | null = null;
  private used = 0;
  /** Bytes of the arrays handed out and not given back, and of all handed out. */
  private live = 0;
  private taken = 0;

  uint8(length: number): Uint8Array {
    const [buffer, offset] = this.take(length);
    return new Uint8Array(buffer, offset, length);
  }

  uint16(length: number): Uint16Array {
    const [buffer, offset] = this.take(2 * length);
    return new Uint16Array(buffer, offset, length);
  }

  int32(length: number): Int32Array {
    const [buffer, offset] = this.take(4 * length);
    return new Int32Array(buffer, offset, length);
  }

  /** A copy of `array` (of the same type) in these slabs. */
  copy<T extends SlabArray>(array: T): T {
    const out = (array instanceof Uint8Array ? this.uint8(array.length) : array instanceof Uint16Array ? this.uint16(array.length) : this.int32(array.length)) as T;
    out.set(array);
    return out;
  }

  /** Gives back an array these slabs handed out; its room is reclaimed by compaction. */
  release(array: SlabArray): void {
    const room = roomFor(array.byteLength);
    this.live -= room;
    // A buffer of its own goes with the array.
    if (room > OWN_BUFFER_BYTES) this.taken -= room;
  }

  /** Bytes handed out, those given back included until compaction. */
  get bytesTaken(): number {
    return this.taken;
  }

  /** True when the room left by arrays given back is more than what is in use (and worth a copy). */
  needsCompaction(): boolean {
    return this.taken > COMPACT_MIN_BYTES && this.taken - this.live > this.live;
  }

  private take(byteLength: number): [ArrayBuffer, number] {
    const room = roomFor(byteLength);
    this.live += room;
    this.taken += room;
    if (room > OWN_BUFFER_BYTES) return [new ArrayBuffer(room), 0];
    if (!this.chunk || this.used + room > CHUNK_BYTES) {
      this.chunk = new ArrayBuffer(CHUNK_BYTES);
      this.used = 0;
    }
    const offset = this.used;
    this.used += room;
    return [this.chunk, offset];
  }
}
