// Reads the words and punctuation marks next to a position, so context rules look only at a small window.

export interface Token {
  /** Lower-cased, with the typographic apostrophe folded to "'". */
  norm: string;
  start: number;
  end: number;
}

/** How far a window reaches; keeps every look-around bounded whatever the text holds. */
const MAX_WINDOW_CHARS = 240;

const APOSTROPHES = new Set([0x27, 0x2019]);
const NON_ASCII_LETTER = /[\p{L}\p{N}\p{M}]/u;

export function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_LETTER.test(text[i]);
}

/** An apostrophe between letters starts a clitic ("'s", "'t"); next to a space it is a quotation mark. */
function isWordPart(text: string, i: number): boolean {
  if (isWordCode(text, i)) return true;
  return APOSTROPHES.has(text.charCodeAt(i)) && i > 0 && i + 1 < text.length && isWordCode(text, i - 1) && isWordCode(text, i + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

/** True when lower-casing leaves the text as it is: no capital letter, nothing beyond ASCII. */
export function isLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

function normalise(raw: string): string {
  // Most words are written in lower-case ASCII already.
  if (isLowerAscii(raw)) return raw;
  const lower = raw.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** Up to `count` tokens starting at `pos`, left to right. */
export function tokensAfter(text: string, pos: number, count: number): Token[] {
  const out: Token[] = [];
  const limit = Math.min(text.length, pos + MAX_WINDOW_CHARS);
  let i = pos;
  while (out.length < count && i < limit) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordPart(text, i)) {
      // A clitic ("'s", "'t") is a token of its own, so "he's" reads as "he" + "'s".
      const s = i;
      if (!isWordCode(text, i)) i++;
      while (i < text.length && isWordCode(text, i)) i++;
      out.push({ norm: normalise(text.slice(s, i)), start: s, end: i });
    } else {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
      out.push({ norm: text.slice(i, i + width), start: i, end: i + width });
      i += width;
    }
  }
  return out;
}

/** Up to `count` tokens ending at or before `pos`, nearest first. */
export function tokensBefore(text: string, pos: number, count: number): Token[] {
  const out: Token[] = [];
  const limit = Math.max(0, pos - MAX_WINDOW_CHARS);
  let i = Math.min(pos, text.length);
  while (out.length < count && i > limit) {
    const c = text.charCodeAt(i - 1);
    if (isSpace(c)) {
      i--;
      continue;
    }
    if (isWordCode(text, i - 1)) {
      const e = i;
      while (i > 0 && isWordCode(text, i - 1)) i--;
      if (i > 0 && APOSTROPHES.has(text.charCodeAt(i - 1)) && i - 1 > 0 && isWordCode(text, i - 2)) i--;
      out.push({ norm: normalise(text.slice(i, e)), start: i, end: e });
    } else {
      const width = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? 2 : 1;
      out.push({ norm: text.slice(i - width, i), start: i - width, end: i });
      i -= width;
    }
  }
  return out;
}

export function isWordToken(t: Token | undefined): boolean {
  if (!t) return false;
  let c = t.norm.charCodeAt(0);
  if ((c === 0x27 || c === 0x2019) && t.norm.length > 1) c = t.norm.charCodeAt(1);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && NON_ASCII_LETTER.test(t.norm[0]));
}
