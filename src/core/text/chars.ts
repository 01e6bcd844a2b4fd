// Character classes that both tokenizers (names and quotes) share.

/**
 * U+00A1–U+00BF, guillemets aside: the Latin-1 symbols that UTF-8 read as Latin-1 leaves inside an accented letter
 * ("FranÃÂ§ois" for "François"). Between letters they are part of the word.
 */
export function isMisdecodedSymbol(code: number): boolean {
  return code >= 0xa1 && code <= 0xbf && code !== 0xab && code !== 0xbb;
}
