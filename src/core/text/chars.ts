// Character classes that both tokenizers (names and quotes) share.

/**
 * U+00A1–U+00BF, guillemets aside, and the C1 controls U+0080–U+009F: the Latin-1 symbols and controls that UTF-8
 * read as Latin-1 leaves inside an accented letter ("FranÃÂ§ois", "FranÃ\u0083Â§ois" for "François"). Between
 * letters they are part of the word.
 */
export function isMisdecodedSymbol(code: number): boolean {
  return code >= 0x80 && code <= 0xbf && code !== 0xa0 && code !== 0xab && code !== 0xbb;
}
