// A document's text as the index keeps it: UTF-8 bytes when that is smaller than the string, read back a part at a time.
import type { Slabs } from './slabs';

/** UTF-16 units per block: a part of the text is read back by decoding the blocks it covers. */
const BLOCK = 256;
const encoder = new TextEncoder();
// A U+FEFF at the start of a block is a character of the text, not a byte order mark.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The text of an indexed document. Written in Latin-1 only, a string takes a byte per character and is kept as it
 * is; with other characters (curly quotes, dashes) it takes two, and the UTF-8 bytes, about one, are kept instead,
 * with the byte offset of every BLOCK-th character. Text with characters outside the Basic Multilingual Plane (or
 * broken surrogates) is kept as a string too, so that every offset falls between whole characters of the bytes.
 */
export class DocumentText {
  private constructor(
    private readonly text: string | null,
    private readonly bytes: Uint8Array | null,
    /** Byte offset of character k * BLOCK, and the length in bytes at the end. */
    private readonly blocks: Int32Array | null,
    readonly length: number,
  ) {}

  /** The text kept; its bytes and block offsets in `slabs` when given (else in buffers of their own). */
  static of(text: string, slabs?: Slabs): DocumentText {
    const length = text.length;
    const blocks = new Int32Array(Math.ceil(length / BLOCK) + 1);
    const bytes = utf8Blocks(text, blocks);
    if (bytes <= 0) return new DocumentText(text, null, null, length);
    if (!slabs) return new DocumentText(null, encoder.encode(text), blocks, length);
    const encoded = slabs.uint8(bytes);
    encoder.encodeInto(text, encoded);
    return new DocumentText(null, encoded, slabs.copy(blocks), length);
  }

  /** The same text with its bytes copied into `slabs` (those it was made with being compacted). */
  copiedInto(slabs: Slabs): DocumentText {
    return this.text !== null ? this : new DocumentText(null, slabs.copy(this.bytes!), slabs.copy(this.blocks!), this.length);
  }

  /** Gives back to `slabs`, those it was made with, the room its bytes take. */
  releaseInto(slabs: Slabs): void {
    if (this.text !== null) return;
    slabs.release(this.bytes!);
    slabs.release(this.blocks!);
  }

  /** The characters from `start` to `end`, offsets clamped to [0, length] however the text is kept (a negative one is 0). */
  slice(start: number, end: number): string {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    if (this.text !== null) return this.text.slice(from, to);
    if (from === to) return '';
    const first = Math.floor(from / BLOCK);
    const last = Math.ceil(to / BLOCK);
    const blocks = this.blocks!;
    const part = decoder.decode(this.bytes!.subarray(blocks[first], blocks[Math.min(last, blocks.length - 1)]));
    return part.slice(from - first * BLOCK, to - first * BLOCK);
  }

  toString(): string {
    return this.text ?? decoder.decode(this.bytes!);
  }
}

/**
 * The byte offset of every BLOCK-th character of `text` in UTF-8, into `blocks` (the length in bytes last), and
 * that length; 0 when the text is all Latin-1 (kept as a string), -1 when it has a surrogate. A function of its
 * own, that makes no object: inside DocumentText.of, the loop was compiled without the way out for a surrogate
 * (rarely taken), and every text with one threw the compiled loop away (over a hundred times in an index of 4,000
 * articles), the rest of the text read by the interpreter.
 */
function utf8Blocks(text: string, blocks: Int32Array): number {
  const length = text.length;
  let bytes = 0;
  let wide = false;
  for (let i = 0; i < length; i++) {
    if (i % BLOCK === 0) blocks[i / BLOCK] = bytes;
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) {
      bytes += 2;
      if (c > 0xff) wide = true;
    } else if (c >= 0xd800 && c <= 0xdfff) return -1;
    else {
      bytes += 3;
      wide = true;
    }
  }
  if (!wide) return 0;
  blocks[blocks.length - 1] = bytes;
  return bytes;
}

/**
 * A copy of a string cut out of a document's text. Engines keep a cut-out string as a view of the whole text
 * (V8's sliced strings), so a name or word the index keeps would keep its document's text alive; a string joined
 * to another and cut again is read out into a string of its own.
 */
export function ownString(part: string): string {
  return (' ' + part).slice(1);
}
