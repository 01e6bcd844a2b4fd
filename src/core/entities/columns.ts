// Typed columns of a document (one slot per token or line) kept from one text to the next: allocating a typed
// array costs far more than filling one, and every text needs several.

/** Columns this long or shorter are kept for the next text, however short it is. */
const KEPT_LENGTH = 1 << 16;

function keeps(current: number, length: number): boolean {
  return length <= current && (current <= KEPT_LENGTH || length * 4 > current);
}

/** A typed column kept from one text to the next; `make` allocates one of a length. */
export class ReusedColumn<T extends Int32Array | Uint8Array> {
  private array: T;

  constructor(private readonly make: (length: number) => T) {
    this.array = make(0);
  }

  /** The column with its first `length` slots set to `value` (slots past them hold the last text's values). */
  take(length: number, value: number): T {
    if (!keeps(this.array.length, length)) this.array = this.make(length);
    this.array.fill(value, 0, length);
    return this.array;
  }
}

export const int32Column = (): ReusedColumn<Int32Array> => new ReusedColumn((n) => new Int32Array(n));
export const uint8Column = (): ReusedColumn<Uint8Array> => new ReusedColumn((n) => new Uint8Array(n));
