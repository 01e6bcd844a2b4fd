// Turns the bytes of an article file into text, refusing binary and undecodable files with a reason.
// UTF-8 (with or without a byte-order mark) and UTF-16 with its byte-order mark (what Windows editors call "Unicode").

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** How many leading bytes are checked for NUL, which no text article contains. */
const BINARY_SNIFF_BYTES = 8000;

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    try {
      // UTF-16 text is full of NUL bytes, so it is told from binary by its byte-order mark, and decoded strictly.
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2)) };
    } catch {
      return { ok: false, reason: `not valid ${utf16.toUpperCase()} text (save the file as UTF-8)` };
    }
  }
  const sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) {
    if (bytes[i] === 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text (save the file as UTF-8)' };
  }
}
