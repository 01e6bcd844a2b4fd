// Splits text into word, punctuation, quotation-mark and paragraph-break tokens held in typed arrays.
import type { QuotedRegion } from './quotationMarks';

export const enum TokenKind {
  Word = 1,
  Punct = 2,
  /** The opening mark of a quoted region. */
  Open = 3,
  /** The closing mark of a quoted region. */
  Close = 4,
  /** A line break: paragraphs and headlines end there. */
  Break = 5,
}

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /** For Open and Close tokens: the index of their region; -1 otherwise. */
  readonly region: Int32Array;
  readonly regions: readonly QuotedRegion[];
  /** Lower-cased word texts, filled in on first use. */
  readonly lower: (string | undefined)[];
  /** 1 for words whose folded fingerprint passes the filter given to tokenize (cue candidates), else 0. */
  readonly marked: Uint8Array;
}

/** Titles written with a full stop that belongs to the word. */
const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'st', 'jr', 'sr', 'adm', 'maj', 'cmdr', 'supt', 'atty', 'pres']);

const NON_WORD = /[\p{L}\p{N}\p{M}]/u;

const UNKNOWN = 0;
const WORD_CHAR = 1;
const OTHER_CHAR = 2;
/** Whether each UTF-16 code unit is a letter or digit, filled in as characters are first seen. */
const charClass = new Uint8Array(0x10000);

function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  let c = charClass[code];
  if (c === UNKNOWN) {
    // Punctuation and symbol blocks and surrogates (emoji, rare scripts) are not word characters here.
    const word = !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0xd800 && code <= 0xdfff) && NON_WORD.test(String.fromCharCode(code));
    c = charClass[code] = word ? WORD_CHAR : OTHER_CHAR;
  }
  return c === WORD_CHAR;
}

/** Characters that may join two runs of letters into one word: apostrophes, hyphens, and dots of "U.S.". */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e || code === 0x26;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x0c || code === 0x0b || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000 || code === 0xfeff || code === 0x200e || code === 0x200f;
}

export function isUpperStart(tokens: Tokens, i: number): boolean {
  const c = tokens.text.charCodeAt(tokens.start[i]);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  const ch = tokens.text[tokens.start[i]];
  return ch !== ch.toLowerCase();
}

export function isLowerStart(tokens: Tokens, i: number): boolean {
  const c = tokens.text.charCodeAt(tokens.start[i]);
  return c >= 0x61 && c <= 0x7a;
}

/** Whether a region (searched from index r on) closes with the mark at `pos`. */
function isClosingMarkAt(regions: readonly QuotedRegion[], r: number, pos: number): boolean {
  let k = r;
  while (k < regions.length && regions[k].end <= pos) k++;
  return k < regions.length && regions[k].end - 1 === pos;
}

/** Growable token columns; a class rather than closure-captured arrays keeps the hot loop's accesses fast. */
class TokenBuffer {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  region: Int32Array;
  count = 0;

  constructor(
    private cap: number,
    private readonly limit: number,
  ) {
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.kind = new Uint8Array(cap);
    this.region = new Int32Array(cap);
  }

  push(s: number, e: number, k: TokenKind, r: number): void {
    if (this.count === this.cap) this.grow();
    const c = this.count++;
    this.start[c] = s;
    this.end[c] = e;
    this.kind[c] = k;
    this.region[c] = r;
  }

  private grow(): void {
    this.cap = Math.min(this.limit, this.cap * 2);
    const s2 = new Int32Array(this.cap), e2 = new Int32Array(this.cap), k2 = new Uint8Array(this.cap), r2 = new Int32Array(this.cap);
    s2.set(this.start);
    e2.set(this.end);
    k2.set(this.kind);
    r2.set(this.region);
    this.start = s2;
    this.end = e2;
    this.kind = k2;
    this.region = r2;
  }
}

/**
 * `wordFilter` is a 64K-slot bitmap over folded word fingerprints (see foldedKey): words whose slot is set are
 * marked, so later passes test one byte instead of looking words up.
 */
export function tokenize(text: string, regions: readonly QuotedRegion[], wordFilter?: Uint8Array): Tokens {
  const n = text.length;
  // Every token is at least one character, so n + 1 slots are always enough.
  const buf = new TokenBuffer(Math.min(n + 1, Math.max(1024, n >> 2)), n + 1);
  const marks: number[] = [];
  let r = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    if (c === 0x0a) {
      if (buf.count === 0 || buf.kind[buf.count - 1] !== TokenKind.Break) buf.push(i, i + 1, TokenKind.Break, -1);
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    // Regions start and end only on quotation marks, so only those characters need the region check.
    const markChar = c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e);
    if (markChar) while (r < regions.length && regions[r].end <= i) r++;
    if (markChar && r < regions.length && (i === regions[r].start || i === regions[r].end - 1)) {
      buf.push(i, i + 1, i === regions[r].start ? TokenKind.Open : TokenKind.Close, r);
      i++;
      continue;
    }
    if (isLetterOrDigit(c)) {
      let j = i + 1;
      let segment = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if ((d >= 0x61 && d <= 0x7a) || (d >= 0x41 && d <= 0x5a) || (d >= 0x30 && d <= 0x39) || (d >= 0x80 && isLetterOrDigit(d))) {
          j++;
        } else if (isJoiner(d) && j + 1 < n && isLetterOrDigit(text.charCodeAt(j + 1)) && (d !== 0x2e || j - segment === 1) && !isClosingMarkAt(regions, r, j)) {
          // A dot joins only single letters ("U.S.", "a.m."): "said.Trump" is two words run together.
          j += 2;
          segment = j - 1;
        } else {
          break;
        }
      }
      // "Mr." and "Sen." keep their dot, so the title stays with the name and ends no sentence.
      if (j < n && text.charCodeAt(j) === 0x2e && j - i <= 4 && TITLE_ABBREVIATIONS.has(text.slice(i, j).toLowerCase())) j++;
      if (wordFilter !== undefined && wordFilter[foldedSlot(text, i, j)] === 1) marks.push(buf.count);
      buf.push(i, j, TokenKind.Word, -1);
      i = j;
      continue;
    }
    buf.push(i, i + 1, TokenKind.Punct, -1);
    i++;
  }
  const count = buf.count;
  const marked = new Uint8Array(count);
  for (const m of marks) marked[m] = 1;
  return { marked, text, count, start: buf.start.subarray(0, count), end: buf.end.subarray(0, count), kind: buf.kind.subarray(0, count), region: buf.region.subarray(0, count), regions, lower: new Array<string | undefined>(count) };
}

/** The token's text in lower case, with the typographic apostrophe folded to the straight one. */
export function lowerWord(tokens: Tokens, i: number): string {
  const cached = tokens.lower[i];
  if (cached !== undefined) return cached;
  const text = tokens.text;
  const start = tokens.start[i];
  const end = tokens.end[i];
  let plain = true; // ASCII without capitals or typographic apostrophes: the slice is already its own lower case
  for (let k = start; k < end && plain; k++) {
    const c = text.charCodeAt(k);
    plain = !((c >= 0x41 && c <= 0x5a) || c >= 0x80);
  }
  const raw = plain ? text.slice(start, end) : text.slice(start, end).toLowerCase();
  const lower = !plain && raw.indexOf('\u2019') >= 0 ? raw.replace(/\u2019/g, "'") : raw;
  tokens.lower[i] = lower;
  return lower;
}

/** The filter slot of a word's fingerprint with an ASCII capital first letter folded to lower case. */
export function foldedSlot(text: string, start: number, end: number): number {
  let c0 = text.charCodeAt(start);
  if (c0 >= 0x41 && c0 <= 0x5a) c0 |= 0x20;
  const key = ((end - start) << 16) ^ ((c0 & 0xff) << 8) ^ (text.charCodeAt(end - 1) & 0xff);
  return (key ^ (key >>> 12)) & 0xffff;
}

/** A cheap fingerprint of a word (length, first and last code unit) to rule out lexicon look-ups without slicing. */
export function wordKey(text: string, start: number, end: number): number {
  return ((end - start) << 16) ^ ((text.charCodeAt(start) & 0xff) << 8) ^ (text.charCodeAt(end - 1) & 0xff);
}

export function tokenText(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.start[i], tokens.end[i]);
}
