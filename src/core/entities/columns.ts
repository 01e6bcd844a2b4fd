// Typed columns of a document (one slot per token or line) kept from one text to the next: allocating a typed
// array costs far more than filling one, and every text needs several.

/** Columns this long or shorter are kept for the next text, however short it is. */
const KEPT_LENGTH = 1 << 16;

function keeps(current: number, length: number): boolean {
  return length <= current && (current <= KEPT_LENGTH || length * 4 > current);
}

export class ReusedInt32Column {
  private array = new Int32Array(0);

  /** The column with its first `length` slots set to `value` (slots past them hold the last text's values). */
  take(length: number, value: number): Int32Array {
    if (!keeps(this.array.length, length)) this.array = new Int32Array(length);
    this.array.fill(value, 0, length);
    return this.array;
  }
}

export class ReusedUint8Column {
  private array = new Uint8Array(0);

  /** The column with its first `length` slots set to `value` (slots past them hold the last text's values). */
  take(length: number, value: number): Uint8Array {
    if (!keeps(this.array.length, length)) this.array = new Uint8Array(length);
    this.array.fill(value, 0, length);
    return this.array;
  }
}
