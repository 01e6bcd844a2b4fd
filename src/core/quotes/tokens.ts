// Splits text into word, punctuation, quotation-mark and paragraph-break tokens held in typed arrays.
import type { QuotedRegion } from './quotationMarks';
import { isMisdecodedSymbol } from '../text/chars';

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
  /** For words of the table given to tokenize (the lexicon words): their id there; 0 otherwise. */
  readonly word: Int32Array;
  /** Indices, in order, of the word tokens whose id the table marks (cue words), so readers need not visit the rest. */
  readonly marked: Int32Array;
  /**
   * Indices, in order, of the word tokens whose hashWord() (without a title's dot) has its low 16 bits set in the
   * filter `flaggedBy`, and of those whose letters a joiner joins ("U.S.", "well-known", "don't"); empty without a
   * filter. The hedge finder reads its cue words there.
   */
  readonly flagged: Int32Array;
  readonly flaggedBy: Int32Array | undefined;
  /** For each region: the index of its Open token and of its Close token, or -1 when it has none. */
  readonly regionOpen: Int32Array;
  readonly regionClose: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
/** Bits of WordTable's filter of first hashes. */
const FILTER_BITS = 1 << 16;
const FNV_PRIME = 0x01000193;

/** Case folding of the word hash: ASCII capitals to lower case, the typographic apostrophe to the straight one. */
function foldCode(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c === 0x2019 ? 0x27 : c;
}

const SECOND_SEED = 0x9747b28c | 0;
const SECOND_PRIME = 0x2c9277b5;

/** The hash the tokenizer computes while it scans a word (FNV-1a over folded code units). */
export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  return h;
}

/** hashWord() of the empty word, and of a word one code unit longer than the word hashed `h`. */
export const HASH_SEED = FNV_OFFSET;
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ foldCode(code), FNV_PRIME);
}

/** Bits of a filter of word hashes for tokenize(): one per value of a hash's low 16 bits. */
export const HASH_FILTER_BITS = 1 << 16;

/** A second, independent hash of the same folded code units: the two together stand for the word. */
export function secondHashWord(word: string): number {
  let g = SECOND_SEED;
  for (let k = 0; k < word.length; k++) g = Math.imul(g + foldCode(word.charCodeAt(k)), SECOND_PRIME);
  return g;
}

/** A word folded as the tokenizer folds it: ASCII capitals to lower case, the typographic apostrophe to the straight one. */
function foldWord(word: string): string {
  let k = 0;
  while (k < word.length && foldCode(word.charCodeAt(k)) === word.charCodeAt(k)) k++;
  // Most lexicon words are folded already: they are kept as they are.
  if (k === word.length) return word;
  let out = word.slice(0, k);
  for (; k < word.length; k++) out += String.fromCharCode(foldCode(word.charCodeAt(k)));
  return out;
}

/**
 * A set of words found by the hash the tokenizer computes anyway, so that marking the words of a lexicon costs one
 * probe of an integer table per word instead of a string slice and a set look-up. Words get ids in the order
 * they are added, from 1; 0 is no word.
 */
export class WordTable {
  /** Open addressing, three ints a slot: first hash, id (0 = empty), second hash. */
  private slots = new Int32Array(64 * 3);
  private size = 64;
  /**
   * One bit per value of a first hash's low 16 bits, set for the words of the table: most words of a text are in no
   * lexicon, and this small array, not the table, turns them away.
   */
  private readonly present = new Int32Array(FILTER_BITS >>> 5);
  private readonly list: string[] = [''];

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  private marks = new Uint8Array(64);

  /** The words by id (folded); index 0 is the empty string. */
  get words(): readonly string[] {
    return this.list;
  }

  /** Marks a word: tokenize lists the tokens of marked words in `marked`. */
  mark(id: number): void {
    if (id >= this.marks.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.marks.length * 2));
      grown.set(this.marks);
      this.marks = grown;
    }
    this.marks[id] = 1;
  }

  isMarked(id: number): boolean {
    return id < this.marks.length && this.marks[id] === 1;
  }

  /** The id of `word`, added when it is new. */
  add(word: string): number {
    const folded = foldWord(word);
    const h = hashWord(folded);
    const g = secondHashWord(folded);
    const known = this.find(h, g);
    if (known !== 0) return known;
    const id = this.list.length;
    this.list.push(folded);
    if (this.list.length * 2 > this.size) this.rehash(this.size * 2);
    this.place(id, h, g);
    return id;
  }

  /**
   * The id of the word with hashes `h` and `g`, or 0 when it is not in the table. Two 32-bit hashes of a word
   * outside the table both match one of a few thousand words with a chance of about 1 in 10^15, so no text is
   * compared.
   */
  find(h: number, g: number): number {
    const bit = h & (FILTER_BITS - 1);
    if ((this.present[bit >>> 5] & (1 << (bit & 31))) === 0) return 0;
    const slots = this.slots;
    const size = this.size;
    let slot = (h ^ (h >>> 15)) & (size - 1);
    for (;;) {
      const at = slot * 3;
      const id = slots[at + 1];
      if (id === 0) return 0;
      if (slots[at] === h && slots[at + 2] === g) return id;
      slot = (slot + 1) & (size - 1);
    }
  }

  idOf(word: string): number {
    return this.find(hashWord(word), secondHashWord(word));
  }

  /** Puts word `id`, whose hashes are `h` and `g`, into the table. */
  private place(id: number, h: number, g: number): void {
    let slot = (h ^ (h >>> 15)) & (this.size - 1);
    while (this.slots[slot * 3 + 1] !== 0) slot = (slot + 1) & (this.size - 1);
    this.slots[slot * 3] = h;
    this.slots[slot * 3 + 1] = id;
    this.slots[slot * 3 + 2] = g;
    const bit = h & (FILTER_BITS - 1);
    this.present[bit >>> 5] |= 1 << (bit & 31);
  }

  /** Moves the words into a table of `size` slots, with the hashes the old slots hold (the words are not hashed again). */
  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size * 3);
    this.size = size;
    for (let at = 0; at < old.length; at += 3) if (old[at + 1] !== 0) this.place(old[at + 1], old[at], old[at + 2]);
  }
}

/** Titles written with a full stop that belongs to the word. */
const TITLE_ABBREVIATIONS = new WordTable(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'st', 'jr', 'sr', 'adm', 'maj', 'cmdr', 'supt', 'atty', 'pres']);

const NON_WORD = /[\p{L}\p{N}\p{M}]/u;

const enum CharClass {
  Unknown = 0,
  Space = 1,
  Newline = 2,
  /** A letter or digit. */
  Letter = 3,
  /** A character that may be a quotation mark (and may open or close a quoted region). */
  Mark = 4,
  Punct = 5,
}

/** The class of each UTF-16 code unit, filled in as characters are first seen. */
const charClasses = new Uint8Array(0x10000);

function classOf(code: number): CharClass {
  const known = charClasses[code];
  if (known !== CharClass.Unknown) return known;
  let c: CharClass;
  if (code === 0x0a) c = CharClass.Newline;
  else if (isSpace(code)) c = CharClass.Space;
  else if (code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e)) c = CharClass.Mark;
  // Punctuation and symbol blocks and surrogates (emoji, rare scripts) are not word characters here.
  else if (code < 0x80) c = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? CharClass.Letter : CharClass.Punct;
  else c = !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0xd800 && code <= 0xdfff) && NON_WORD.test(String.fromCharCode(code)) ? CharClass.Letter : CharClass.Punct;
  charClasses[code] = c;
  return c;
}
for (let code = 0; code < 0x80; code++) classOf(code);

function isLetterOrDigit(code: number): boolean {
  return classOf(code) === CharClass.Letter;
}

/** A dot between two digits ("45.4 percent"). */
function isDecimalPoint(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return before >= 0x30 && before <= 0x39 && after >= 0x30 && after <= 0x39;
}

/**
 * Characters that may join two runs of letters into one word: apostrophes, hyphens, and dots of "U.S."; and the
 * Latin-1 symbols that text decoded twice leaves inside a word ("FranÃÂ§ois" for "François"), guillemets aside.
 */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e || code === 0x26 || isMisdecodedSymbol(code);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x0c || code === 0x0b || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000 || code === 0xfeff || code === 0x200e || code === 0x200f || isPictograph(code);
}

/**
 * Emoji and pictographic symbols, with the joiners and variation selectors that build them ("⚖️", "👩‍⚖️"): in
 * "The judge ⚖️ said …" they stand between the words like spaces, and are no word (the selector is a mark) nor
 * punctuation that ends a speaker's name. (UTF-16 halves of characters beyond the first plane: emoji, mostly.)
 */
function isPictograph(code: number): boolean {
  return (code >= 0x2190 && code <= 0x2bff) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0xfe00 && code <= 0xfe0f) || code === 0x200d || code === 0x20e3;
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

/**
 * Ends, with an empty closing token at their end, the regions up to `at` that have no closing mark (their paragraph
 * ends them); returns the next region to look at.
 */
function closeUnclosed(buf: TokenBuffer, regions: readonly QuotedRegion[], u: number, at: number): number {
  while (u < regions.length && regions[u].end <= at) {
    if (regions[u].unclosed && buf.regionOpen[u] >= 0) {
      buf.regionClose[u] = buf.count;
      buf.push(regions[u].end, regions[u].end, TokenKind.Close, u, 0);
    }
    u++;
  }
  return u;
}

/** Whether a region (searched from index r on) closes with the mark at `pos`. */
function isClosingMarkAt(regions: readonly QuotedRegion[], r: number, pos: number): boolean {
  let k = r;
  while (k < regions.length && regions[k].end <= pos) k++;
  return k < regions.length && regions[k].end - 1 === pos;
}

/**
 * Growable token columns; a class rather than closure-captured arrays keeps the hot loop's accesses fast. One
 * buffer serves every call: allocating typed arrays costs more than tokenizing a short article.
 */
class TokenBuffer {
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  kind = new Uint8Array(1024);
  region = new Int32Array(1024);
  word = new Int32Array(1024);
  count = 0;
  marked = new Int32Array(256);
  markCount = 0;
  flagged = new Int32Array(256);
  flagCount = 0;
  regionOpen = new Int32Array(64);
  regionClose = new Int32Array(64);

  /** Makes room for `n` regions, none of them seen yet. */
  resetRegions(n: number): void {
    if (n > this.regionOpen.length) {
      this.regionOpen = new Int32Array(n * 2);
      this.regionClose = new Int32Array(n * 2);
    }
    this.regionOpen.fill(-1, 0, n);
    this.regionClose.fill(-1, 0, n);
  }

  mark(i: number): void {
    if (this.markCount === this.marked.length) {
      const grown = new Int32Array(this.marked.length * 2);
      grown.set(this.marked);
      this.marked = grown;
    }
    this.marked[this.markCount++] = i;
  }

  flag(i: number): void {
    if (this.flagCount === this.flagged.length) {
      const grown = new Int32Array(this.flagged.length * 2);
      grown.set(this.flagged);
      this.flagged = grown;
    }
    this.flagged[this.flagCount++] = i;
  }

  push(s: number, e: number, k: TokenKind, r: number, w: number): void {
    if (this.count === this.start.length) this.grow();
    const c = this.count++;
    this.start[c] = s;
    this.end[c] = e;
    this.kind[c] = k;
    this.region[c] = r;
    this.word[c] = w;
  }

  private grow(): void {
    const cap = this.start.length * 2;
    const s2 = new Int32Array(cap), e2 = new Int32Array(cap), k2 = new Uint8Array(cap), r2 = new Int32Array(cap), w2 = new Int32Array(cap);
    s2.set(this.start);
    e2.set(this.end);
    k2.set(this.kind);
    r2.set(this.region);
    w2.set(this.word);
    this.start = s2;
    this.end = e2;
    this.kind = k2;
    this.region = r2;
    this.word = w2;
  }
}

const buffer = new TokenBuffer();

/**
 * `table` holds the words to mark (the lexicons' words): each word token gets its id there in `word`, or 0. The columns
 * of the result are views of one shared buffer: they are valid until the next call.
 */
export function tokenize(text: string, regions: readonly QuotedRegion[], table?: WordTable, flagBy?: Int32Array): Tokens {
  const n = text.length;
  const buf = buffer;
  buf.count = 0;
  buf.markCount = 0;
  buf.flagCount = 0;
  buf.resetRegions(regions.length);
  let r = 0;
  // The next region that may end with its paragraph rather than a closing mark.
  let u = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    const cls = charClasses[c] || classOf(c);
    if (cls === CharClass.Space) {
      i++;
      continue;
    }
    if (cls === CharClass.Newline) {
      u = closeUnclosed(buf, regions, u, i);
      if (buf.count === 0 || buf.kind[buf.count - 1] !== TokenKind.Break) buf.push(i, i + 1, TokenKind.Break, -1, 0);
      i++;
      continue;
    }
    if (cls === CharClass.Mark) {
      // Regions start and end only on quotation marks, so only those characters need the region check.
      while (r < regions.length && regions[r].end <= i) r++;
      if (r < regions.length && (i === regions[r].start || i === regions[r].end - 1)) {
        if (i === regions[r].start) buf.regionOpen[r] = buf.count;
        else buf.regionClose[r] = buf.count;
        buf.push(i, i + 1, i === regions[r].start ? TokenKind.Open : TokenKind.Close, r, 0);
        i++;
        continue;
      }
    }
    if (cls === CharClass.Letter) {
      let j = i + 1;
      let segment = i;
      let joined = false;
      const c0 = foldCode(c);
      let h = Math.imul(FNV_OFFSET ^ c0, FNV_PRIME);
      let g = Math.imul(SECOND_SEED + c0, SECOND_PRIME);
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d >= 0x61 && d <= 0x7a) {
          h = Math.imul(h ^ d, FNV_PRIME);
          g = Math.imul(g + d, SECOND_PRIME);
          j++;
        } else if (d === 0x20) {
          break;
        } else if ((charClasses[d] || classOf(d)) === CharClass.Letter) {
          const f = d >= 0x41 && d <= 0x5a ? d | 0x20 : d;
          h = Math.imul(h ^ f, FNV_PRIME);
          g = Math.imul(g + f, SECOND_PRIME);
          j++;
        } else if (isJoiner(d) && j + 1 < n && isLetterOrDigit(text.charCodeAt(j + 1)) && (d !== 0x2e || j - segment === 1 || isDecimalPoint(text, j)) && !isClosingMarkAt(regions, r, j)) {
          // A dot joins only single letters ("U.S.", "a.m.") and the digits of a number ("13.3"): "said.Trump" is
          // two words run together.
          const f1 = foldCode(d);
          const f2 = foldCode(text.charCodeAt(j + 1));
          h = Math.imul(Math.imul(h ^ f1, FNV_PRIME) ^ f2, FNV_PRIME);
          g = Math.imul(Math.imul(g + f1, SECOND_PRIME) + f2, SECOND_PRIME);
          j += 2;
          segment = j - 1;
          joined = true;
        } else {
          break;
        }
      }
      // "Mr." and "Sen." keep their dot, so the title stays with the name and ends no sentence.
      const titleDot = j - i <= 4 && j < n && text.charCodeAt(j) === 0x2e && TITLE_ABBREVIATIONS.find(h, g) !== 0;
      // A title keeps its dot in the lexicon too ("sen.").
      const id = table === undefined ? 0 : titleDot ? table.find(Math.imul(h ^ 0x2e, FNV_PRIME), Math.imul(g + 0x2e, SECOND_PRIME)) : table.find(h, g);
      if (id !== 0 && table !== undefined && table.isMarked(id)) buf.mark(buf.count);
      if (flagBy !== undefined && (joined || (flagBy[(h & (HASH_FILTER_BITS - 1)) >>> 5] & (1 << (h & 31))) !== 0)) buf.flag(buf.count);
      buf.push(i, titleDot ? j + 1 : j, TokenKind.Word, -1, id);
      i = titleDot ? j + 1 : j;
      continue;
    }
    buf.push(i, i + 1, TokenKind.Punct, -1, 0);
    i++;
  }
  closeUnclosed(buf, regions, u, n);
  const count = buf.count;
  return { text, count, start: buf.start.subarray(0, count), end: buf.end.subarray(0, count), kind: buf.kind.subarray(0, count), region: buf.region.subarray(0, count), word: buf.word.subarray(0, count), marked: buf.marked.subarray(0, buf.markCount), flagged: buf.flagged.subarray(0, buf.flagCount), flaggedBy: flagBy, regionOpen: buf.regionOpen.subarray(0, regions.length), regionClose: buf.regionClose.subarray(0, regions.length), regions, lower: new Array<string | undefined>(count) };
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

export function tokenText(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.start[i], tokens.end[i]);
}
