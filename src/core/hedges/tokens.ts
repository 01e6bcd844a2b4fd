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

/** The token starting at or after `i` (spaces skipped, no further than `limit`), or undefined. */
function tokenAfter(text: string, i: number, limit: number): Token | undefined {
  while (i < limit) {
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
      return { norm: normalise(text.slice(s, i)), start: s, end: i };
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    return { norm: text.slice(i, i + width), start: i, end: i + width };
  }
  return undefined;
}

/** The token ending at or before `i` (spaces skipped, no further back than `limit`), or undefined. */
function tokenBefore(text: string, i: number, limit: number): Token | undefined {
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (isSpace(c)) {
      i--;
      continue;
    }
    if (isWordCode(text, i - 1)) {
      const e = i;
      while (i > 0 && isWordCode(text, i - 1)) i--;
      if (i > 0 && APOSTROPHES.has(text.charCodeAt(i - 1)) && i - 1 > 0 && isWordCode(text, i - 2)) i--;
      return { norm: normalise(text.slice(i, e)), start: i, end: e };
    }
    const width = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? 2 : 1;
    return { norm: text.slice(i - width, i), start: i - width, end: i };
  }
  return undefined;
}

/**
 * The tokens on one side of a position, nearest first, read only as far as someone asks: most cue words are
 * dismissed or matched after a token or two.
 */
export class TokenWindow {
  /** Read so far: the first `read` entries (the array is reused from one position to the next). */
  private readonly tokens: Token[] = [];
  private read = 0;
  private next = 0;
  private limit = 0;
  private exhausted = false;

  /** `forward`: the tokens after the position, left to right; else those before it, right to left. */
  constructor(
    private readonly text: string,
    private readonly forward: boolean,
    pos = 0,
  ) {
    this.moveTo(pos);
  }

  /** Starts over at another position of the same text. */
  moveTo(pos: number): this {
    this.read = 0;
    this.exhausted = false;
    if (this.forward) {
      this.next = pos;
      this.limit = Math.min(this.text.length, pos + MAX_WINDOW_CHARS);
    } else {
      this.next = Math.min(pos, this.text.length);
      this.limit = Math.max(0, pos - MAX_WINDOW_CHARS);
    }
    return this;
  }

  /** The n-th token (0 = nearest), or undefined past the window or the text. */
  at(n: number): Token | undefined {
    while (this.read <= n && !this.exhausted) {
      const t = this.forward ? tokenAfter(this.text, this.next, this.limit) : tokenBefore(this.text, this.next, this.limit);
      if (t === undefined) {
        this.exhausted = true;
      } else {
        this.tokens[this.read++] = t;
        this.next = this.forward ? t.end : t.start;
      }
    }
    return n < this.read ? this.tokens[n] : undefined;
  }
}

export function isWordToken(t: Token | undefined): boolean {
  if (!t) return false;
  let c = t.norm.charCodeAt(0);
  if ((c === 0x27 || c === 0x2019) && t.norm.length > 1) c = t.norm.charCodeAt(1);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && NON_ASCII_LETTER.test(t.norm[0]));
}
