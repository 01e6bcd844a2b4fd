// Splits text into word and punctuation tokens with their case shape, in one linear pass.
// Knows the shapes news text takes: prose, ALL-CAPS headlines, and tokenised text ("U.S. 's").
import type { CommonReading, WordFacts } from './wordFacts';
import { isMisdecodedSymbol } from '../text/chars';

export const enum Shape {
  /** First letter upper case, some lower case after it ("Putin", "McCarthy", "O'Brien"). */
  Capitalised,
  /** Letters all upper case ("NATO", "LONDON", "U.S."). */
  Upper,
  /** Starts lower case ("said", "de", "iPhone"). */
  Lower,
  /** Starts with a digit ("1996-08-30", "2-1", "49ers"). */
  Number,
  /** Anything else: punctuation, symbols, emoji. */
  Other,
}

/**
 * A word as written, shared by the tokens that write it so: its lower-case form and its lexicon facts are worked
 * out once per document, and once for good for punctuation and the lower-case words rules look at.
 */
export class Word {
  /** What the lexicons say about the word, once the recogniser has asked. */
  facts: Readonly<WordFacts> | null = null;
  /** What the lexicons say about the word being common, once the recogniser has asked. */
  commonReading: CommonReading | null = null;
  /** The recognition (a document) that last asked whether the word is common there, and the answer. */
  commonFor = 0;
  common = false;

  constructor(
    readonly text: string,
    readonly lower: string,
  ) {}
}

/** Columns this long or shorter are kept for the next text, however short it is. */
const KEPT_COLUMNS = 1 << 16;

/** The word of gap tokens. */
const NO_WORD = new Word('', '');

const SHAPE_BITS = 7;
const SENTENCE_START = 8;
const POSSESSIVE = 16;
const JOINED = 32;
const GAP = 64;
const DIGIT = 128;

/**
 * What a line of tokens holds, as the layout reads it to tell headlines from prose: numbers kept for each line that
 * has tokens, LINE_FIELDS of them, counted as the tokens are pushed rather than in another pass over them.
 */
export const enum LineField {
  /** The line's index. */
  Line,
  /** Its first token. */
  First,
  /** Words in capitals of two characters or more ("NATO", "U.S."). */
  Upper,
  /** Capitalised words, and lower-case words of three characters or more. */
  Mixed,
  /** Capitalised words of three characters or more. */
  Capitalised,
  /** Lower-case words of four characters or more. */
  LowerWords,
}
export const LINE_FIELDS = 6;

/**
 * The tokens of a text, column by column in typed arrays: a long text makes hundreds of thousands of tokens, and
 * as objects they would cost the garbage collector more than the reading itself. Token i is read through
 * `tokens.shape(i)`, `tokens.text(i)` and so on; only `length` tokens are there (arrays may be longer).
 */
export class Tokens {
  length = 0;
  start!: Int32Array;
  end!: Int32Array;
  /** Index of the line (text split at "\n"). */
  line!: Int32Array;
  /** Shape and flags. */
  private bits!: Uint8Array;
  private words!: Word[];
  /** The lines that have tokens, in order, LINE_FIELDS numbers each (see LineField). */
  private lineFields = new Int32Array(LINE_FIELDS * 64);
  /** How many lines have tokens. */
  lines = 0;
  /** Commas, and commas spaced off the word before them (as in tokenised text). */
  commas = 0;
  spacedCommas = 0;

  constructor(capacity: number) {
    this.allocate(capacity);
  }

  /**
   * Empties the columns for another text of about `capacity` tokens, keeping them when they are large enough:
   * a short article costs less to tokenise than its columns cost to allocate. Columns a long text left much too
   * large are let go rather than kept for good.
   */
  reset(capacity: number): void {
    this.length = 0;
    this.lines = 0;
    this.commas = 0;
    this.spacedCommas = 0;
    // (A text of many lines leaves its line fields large: let go of them as of the columns, below.)
    const keptLines = this.lineFields.length / LINE_FIELDS;
    if (keptLines > KEPT_COLUMNS && capacity * 4 <= keptLines) this.lineFields = new Int32Array(LINE_FIELDS * 64);
    const kept = this.start.length;
    if (capacity <= kept && (kept <= KEPT_COLUMNS || capacity * 4 > kept)) return;
    this.allocate(capacity);
  }

  private allocate(capacity: number): void {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.line = new Int32Array(capacity);
    this.bits = new Uint8Array(capacity);
    this.words = new Array<Word>(capacity).fill(NO_WORD);
  }

  /** Lets go of the last text's words once it is read: a long word's slice would keep the whole text alive. */
  release(): void {
    this.words.fill(NO_WORD, 0, this.length);
    this.length = 0;
  }

  /** The word as written, shared with the document's other tokens that write it so (empty for a gap). */
  word(i: number): Word {
    return this.words[i];
  }

  text(i: number): string {
    return this.words[i].text;
  }

  /** The text in lower case, computed once per word. */
  lower(i: number): string {
    return this.words[i].lower;
  }

  shape(i: number): Shape {
    return this.bits[i] & SHAPE_BITS;
  }

  /** First word of a sentence or line: its capital says nothing about being a name. */
  sentenceStart(i: number): boolean {
    return (this.bits[i] & SENTENCE_START) !== 0;
  }

  /** Token i opens a sentence the tokenizer could not see begin (the story after a wire dateline's dash). */
  markSentenceStart(i: number): void {
    this.bits[i] |= SENTENCE_START;
  }

  /** A possessive "'s" / "’s" split off the word before it, or written apart ("Putin 's"). */
  possessive(i: number): boolean {
    return (this.bits[i] & POSSESSIVE) !== 0;
  }

  /** No space between this token and the previous one. */
  joined(i: number): boolean {
    return (this.bits[i] & JOINED) !== 0;
  }

  /** The token's text has an ASCII digit ("1996", "G7"); gaps have no text, so none. */
  hasDigit(i: number): boolean {
    return (this.bits[i] & DIGIT) !== 0;
  }

  /** Lower-case words that no rule looks at, folded into one token with empty text. */
  isGap(i: number): boolean {
    return (this.bits[i] & GAP) !== 0;
  }

  /** The fields of the lines that have tokens: `lines` of them, LINE_FIELDS numbers each (see LineField). */
  lineCounts(): Int32Array {
    return this.lineFields;
  }

  /** The token after the last of the r-th line that has tokens. */
  lineStop(r: number): number {
    return r + 1 < this.lines ? this.lineFields[(r + 1) * LINE_FIELDS + LineField.First] : this.length;
  }

  /** Index of token i's line, or -1 past the end (so a missing neighbour is never on the same line). */
  lineOf(i: number): number {
    return i >= 0 && i < this.length ? this.line[i] : -1;
  }

  push(start: number, end: number, line: number, bits: number, word: Word): void {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    if (i === 0 || this.line[i - 1] !== line) this.openLine(line, i);
    this.start[i] = start;
    this.end[i] = end;
    this.line[i] = line;
    this.bits[i] = bits;
    this.words[i] = word;
  }

  private openLine(line: number, first: number): void {
    const at = this.lines++ * LINE_FIELDS;
    if (at + LINE_FIELDS > this.lineFields.length) {
      const wider = new Int32Array(this.lineFields.length * 2);
      wider.set(this.lineFields);
      this.lineFields = wider;
    }
    this.lineFields.fill(0, at, at + LINE_FIELDS);
    this.lineFields[at + LineField.Line] = line;
    this.lineFields[at + LineField.First] = first;
  }

  /** Sets the counts of `line`'s words, if it has tokens: the tokenizer keeps them as it goes, and gives them at its end. */
  countLine(line: number, upper: number, mixed: number, capitalised: number, lowerWords: number): void {
    if (this.lines === 0) return;
    const at = (this.lines - 1) * LINE_FIELDS;
    const fields = this.lineFields;
    if (fields[at + LineField.Line] !== line) return;
    fields[at + LineField.Upper] = upper;
    fields[at + LineField.Mixed] = mixed;
    fields[at + LineField.Capitalised] = capitalised;
    fields[at + LineField.LowerWords] = lowerWords;
  }

  /** Opens a gap token with its first word. */
  pushGap(start: number, end: number, line: number, bits: number): void {
    this.push(start, end, line, bits | GAP, NO_WORD);
  }

  /** Folds a word ending at `end` into the gap token that ends the list. */
  extendGap(end: number): void {
    this.end[this.length - 1] = end;
  }

  private grow(): void {
    const size = this.start.length * 2 + 16;
    const widen = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.start = widen(this.start);
    this.end = widen(this.end);
    this.line = widen(this.line);
    const bits = new Uint8Array(size);
    bits.set(this.bits);
    this.bits = bits;
    for (let k = this.words.length; k < size; k++) this.words.push(NO_WORD);
  }
}

function tokenBits(shape: Shape, sentenceStart: boolean, possessive: boolean, joined: boolean): number {
  return shape | (sentenceStart ? SENTENCE_START : 0) | (possessive ? POSSESSIVE : 0) | (joined ? JOINED : 0);
}

/** Lower-word filters this large or smaller are kept for the next text of their size. */
const KEPT_FILTER_SIZE = 1 << 16;
/** Odd multiplier that spreads a fingerprint over a table's slots (Knuth's). */
const SPREAD = 2654435761;

/** Range of fingerprint() (a power of two). */
const FILTER_SIZE = 1 << 16;
/** Chains of the built-in word filter: a table small enough to stay in the processor's cache (a few hundred words). */
const FILTER_CHAINS = 1 << 12;

/** A cheap fingerprint of text[start, end) from its length and three of its characters. */
export function fingerprint(text: string, start: number, end: number): number {
  const n = end - start;
  return (((n * 31 + text.charCodeAt(start)) * 31 + (n > 1 ? text.charCodeAt(start + 1) : 0)) * 31 + text.charCodeAt(end - 1)) & (FILTER_SIZE - 1);
}

/** A second fingerprint, from other characters, for the Bloom filter. */
function fingerprint2(text: string, start: number, end: number): number {
  const n = end - start;
  return ((n * 131 + text.charCodeAt(end - 2 >= start ? end - 2 : start)) * 257 + text.charCodeAt(start + (n >> 1))) * 31 + (n > 2 ? text.charCodeAt(start + 2) : 7);
}

/**
 * The lower-case words of a text, as a Bloom filter: "was this word written in lower case somewhere?" without
 * keeping the words (a rare false yes only makes a capitalised word count as common).
 */
export class LowerWordBloom {
  private bits: Uint8Array;
  private mask: number;
  /** The filters of the sizes short texts take, kept for the next text of that size rather than allocated again. */
  private readonly kept = new Map<number, Uint8Array>();

  constructor(textLength: number) {
    this.bits = new Uint8Array(LowerWordBloom.sizeFor(textLength));
    this.mask = this.bits.length - 1;
  }

  /** The filter's size for a text: false yeses, and so the results, depend on it, whatever filter is reused. */
  private static sizeFor(textLength: number): number {
    let size = 4096;
    while (size < textLength && size < 1 << 24) size <<= 1;
    return size;
  }

  /** Empties the filter for another text, with bits of the size that text takes. */
  reset(textLength: number): void {
    const size = LowerWordBloom.sizeFor(textLength);
    if (size !== this.bits.length) {
      const kept = this.kept.get(size);
      this.bits = kept ?? new Uint8Array(size);
      if (!kept && size <= KEPT_FILTER_SIZE) this.kept.set(size, this.bits);
    }
    this.bits.fill(0);
    this.mask = size - 1;
  }

  /** Adds text[start, end), whose fingerprint() the caller may have worked out already. */
  add(text: string, start: number, end: number, print = fingerprint(text, start, end)): void {
    this.bits[Math.imul(print, SPREAD) & this.mask] = 1;
    this.bits[fingerprint2(text, start, end) & this.mask] |= 2;
  }

  has(word: string): boolean {
    if (word.length <= 3) return false;
    return (this.bits[Math.imul(fingerprint(word, 0, word.length), SPREAD) & this.mask] & 1) === 1 && (this.bits[fingerprint2(word, 0, word.length) & this.mask] & 2) === 2;
  }

  /** has(stem + ending), without joining them. */
  hasJoined(stem: string, ending: string): boolean {
    const n = stem.length + ending.length;
    if (n <= 3) return false;
    const at = (i: number): number => (i < stem.length ? stem.charCodeAt(i) : ending.charCodeAt(i - stem.length));
    // fingerprint() and fingerprint2() of the joined word, as they read it.
    const print = (((n * 31 + at(0)) * 31 + at(1)) * 31 + at(n - 1)) & (FILTER_SIZE - 1);
    if ((this.bits[Math.imul(print, SPREAD) & this.mask] & 1) !== 1) return false;
    const print2 = ((n * 131 + at(n - 2)) * 257 + at(n >> 1)) * 31 + at(2);
    return (this.bits[print2 & this.mask] & 2) === 2;
  }
}

/**
 * Words chained by slot, their characters copied one after another into one typed array: a lookup compares a range
 * of the text with characters held side by side, and touches no word object (nor its string) but the one it finds.
 */
class WordChains {
  readonly heads: Int32Array;
  private next = new Int32Array(64);
  /** Where each word's characters start in `chars`; word k's end where word k + 1's start (`count` + 1 of them). */
  private offsets = new Int32Array(65);
  private chars = new Uint16Array(256);
  private readonly words: Word[] = [];
  count = 0;

  /** `slots`: a power of two. */
  constructor(slots: number) {
    this.heads = new Int32Array(slots).fill(-1);
  }

  /** The word written at text[start, end) in the chain of `slot`, if there is one. */
  find(slot: number, text: string, start: number, end: number): Word | null {
    const n = end - start;
    const { offsets, chars, next } = this;
    for (let k = this.heads[slot]; k >= 0; k = next[k]) {
      const at = offsets[k];
      if (offsets[k + 1] - at !== n) continue;
      let i = 0;
      while (i < n && chars[at + i] === text.charCodeAt(start + i)) i++;
      if (i === n) return this.words[k];
    }
    return null;
  }

  /** Puts `word`, written at text[start, end), first in the chain of `slot`. */
  insert(slot: number, word: Word, text: string, start: number, end: number): void {
    const k = this.count++;
    // (`offsets` is one longer than `next`: word k's characters end where offsets[k + 1] says.)
    if (k >= this.next.length) {
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
      const offsets = new Int32Array(next.length + 1);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    const at = this.offsets[k];
    const n = end - start;
    if (at + n > this.chars.length) {
      let size = this.chars.length * 2;
      while (at + n > size) size *= 2;
      const chars = new Uint16Array(size);
      chars.set(this.chars.subarray(0, at));
      this.chars = chars;
    }
    for (let i = 0; i < n; i++) this.chars[at + i] = text.charCodeAt(start + i);
    this.offsets[k + 1] = at + n;
    this.next[k] = this.heads[slot];
    this.heads[slot] = k;
    this.words.push(word);
  }

  /**
   * Empties the chains (and lets go of their words). Arrays grown for a long document are given back: a table
   * outlives the document, and would otherwise hold on to a copy of its words.
   */
  clear(): void {
    this.heads.fill(-1);
    this.count = 0;
    this.words.length = 0;
    if (this.chars.length > KEPT_CHAIN_CHARS) this.chars = new Uint16Array(256);
    if (this.next.length > KEPT_CHAIN_WORDS) {
      this.next = new Int32Array(64);
      this.offsets = new Int32Array(65);
    }
  }
}

/** What a cleared WordChains keeps of its arrays: enough for the words of most articles, without growing again. */
const KEPT_CHAIN_CHARS = 1 << 16;
const KEPT_CHAIN_WORDS = 1 << 13;

/**
 * A set of words that can be asked about a range of a text without slicing it: words are chained by fingerprint
 * and compared character by character, and a found word comes back as the set's own string.
 */
export class WordFilter {
  private readonly chains: WordChains;
  private readonly mask: number;
  private readonly known = new Set<string>();

  /**
   * `base`: a filter whose words this one holds too, without copying them (the built-in words under a user's few);
   * `slots`: how many chains to keep, a power of two no larger than the fingerprints' range.
   */
  constructor(
    private readonly base: WordFilter | null = null,
    slots = FILTER_CHAINS,
  ) {
    this.chains = new WordChains(slots);
    this.mask = slots - 1;
  }

  add(word: string): void {
    if (!word || this.known.has(word)) return;
    this.known.add(word);
    this.chains.insert(fingerprint(word, 0, word.length) & this.mask, new Word(word, word), word, 0, word.length);
  }

  /** The word written at text[start, end), if the filter holds it; `print` is its fingerprint(). */
  wordAt(text: string, start: number, end: number, print = fingerprint(text, start, end)): Word | null {
    const w = this.chains.find(print & this.mask, text, start, end);
    if (w !== null) return w;
    return this.base ? this.base.wordAt(text, start, end, print) : null;
  }
}

/**
 * A table of words, so that each is sliced, lower-cased and looked up in the lexicons once however often it
 * recurs. A word's facts depend on its text alone, so a table may serve several documents.
 */
class WordTableByText {
  private readonly chains: WordChains;
  private readonly mask: number;

  /** `slots`: a power of two; `limit`: how many words to hold before starting afresh. */
  constructor(
    slots: number,
    private readonly limit = Infinity,
  ) {
    this.chains = new WordChains(slots);
    this.mask = slots - 1;
  }

  /** The word at text[start, end); `lowerCase` when it has no capitals to fold. */
  wordAt(text: string, start: number, end: number, lowerCase: boolean): Word {
    const slot = Math.imul(fingerprint(text, start, end), SPREAD) & this.mask;
    const found = this.chains.find(slot, text, start, end);
    if (found !== null) return found;
    if (this.chains.count >= this.limit) this.chains.clear();
    const written = text.slice(start, end);
    const lower = lowerCase ? written : written.toLowerCase();
    // "O’Reilly" and "O'Reilly" are one name: drafts mix the typographic and the typewriter apostrophe.
    const w = new Word(written, lower.includes('’') ? lower.replaceAll('’', "'") : lower);
    this.chains.insert(slot, w, text, start, end);
    return w;
  }

  /** Empties the table (and lets go of its words). */
  clear(): void {
    this.chains.clear();
  }
}

/**
 * Words shorter than this are shared by all documents ("said", "Trump", "The"): most words recur from one text
 * to the next. A longer slice may share the characters of its text, and would keep a text long gone alive.
 */
const SHARED_WORD_LENGTH = 13;
/**
 * About the distinct short words of a thousand news articles: a table that fills up within a few hundred texts
 * starts afresh, and its words' lexicon facts are then looked up again.
 */
const RECENT_WORDS = 1 << 14;
/** The short words of the documents read lately; starts afresh when full, which bounds it. */
const recentWords = new WordTableByText(RECENT_WORDS, RECENT_WORDS);

/** Tables of a document's long words by their number of slots, emptied after each text instead of allocated again. */
const documentTables = new Map<number, WordTableByText>();

function documentWords(textLength: number): WordTableByText {
  let size = 16;
  while (size < textLength >> 7 && size < 1 << 13) size <<= 1;
  let table = documentTables.get(size);
  if (!table) documentTables.set(size, (table = new WordTableByText(size)));
  return table;
}

/** Words of one ASCII punctuation character, shared by all documents. */
const ASCII_MARKS: Word[] = Array.from({ length: 128 }, (_, c) => new Word(String.fromCharCode(c), String.fromCharCode(c)));
const POSSESSIVES = new Map(["'s", "'S", '’s', '’S'].map((s) => [s, new Word(s, s.toLowerCase())]));

// Character classes of UTF-16 code units, looked up instead of tested; filled lazily beyond ASCII, since
// testing a Unicode property costs far more than reading a byte.
const CLASS_KNOWN = 128;
/** A letter or a combining mark (\p{L}, \p{M}): part of a word. */
const CLASS_LETTER = 1;
const CLASS_UPPER = 2;
const CLASS_LOWER = 4;
/** An ASCII digit (other digits are no part of words). */
const CLASS_DIGIT = 8;
const CLASS_WORD = CLASS_LETTER | CLASS_DIGIT;
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) CHAR_CLASS[c] = CLASS_KNOWN;
for (let c = 97; c <= 122; c++) CHAR_CLASS[c] |= CLASS_LETTER | CLASS_LOWER;
for (let c = 65; c <= 90; c++) CHAR_CLASS[c] |= CLASS_LETTER | CLASS_UPPER;
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] |= CLASS_DIGIT;
// Halves of surrogate pairs are no letters on their own.
CHAR_CLASS.fill(CLASS_KNOWN, 0xd800, 0xe000);

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function classOf(c: number): number {
  const known = CHAR_CLASS[c];
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  const computed = CLASS_KNOWN | (LETTER.test(ch) ? CLASS_LETTER : 0) | (UPPER.test(ch) ? CLASS_UPPER : 0) | (LOWER.test(ch) ? CLASS_LOWER : 0);
  CHAR_CLASS[c] = computed;
  return computed;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const PERIOD = 46;

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_QUOTE;
}
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}
function isWordCode(c: number): boolean {
  return (classOf(c) & CLASS_WORD) !== 0;
}
function isS(c: number): boolean {
  return c === 115 || c === 83;
}

/** Punctuation after which the next word opens a sentence: . ! ? : " “ • * ; */
function opensSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 34 || c === 0x201c || c === 0x2022 || c === 42 || c === 59;
}

/** Abbreviations whose period belongs to the word ("Mr.", "Corp.", "St."): asked about for every short word before a period, so without slicing it. */
const ABBREVIATIONS = new WordFilter(null, 1 << 8);
for (const w of 'Mr|Mrs|Ms|Dr|St|Sr|Jr|Mt|Ft|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Prof|Corp|Inc|Ltd|Co|Cos|Bros|No|v|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|Ave|Blvd|Dept|Univ|Assn|Auth|Bldg|Mich|Calif|Fla|Ill|Mass|Penn|Wash|Conn|Ariz|Colo|Okla|Tenn|Wis|Minn'.split('|')) ABBREVIATIONS.add(w);

/** Endings of web domains that name companies ("Amazon.com", "Sina.com.cn"). */
const DOMAIN_ENDINGS = new Set(['com', 'net', 'org', 'io', 'ai', 'co', 'uk', 'cn', 'de', 'fr', 'tv']);

/** Length of the domain ending at `at` ("com" of "Amazon.com said"), or 0 when no word ends there. */
function domainEndingAt(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= 3 && text.charCodeAt(end) - 97 >>> 0 <= 25) end++;
  if (end < text.length && isWordCode(text.charCodeAt(end))) return 0;
  return end - at >= 2 && DOMAIN_ENDINGS.has(text.slice(at, end)) ? end - at : 0;
}

/** Tokenises `text`. Linear: each character is looked at a bounded number of times. */
export function tokenize(text: string, keep?: WordFilter, lowerWords?: LowerWordBloom, reuse?: Tokens): Tokens {
  // About one token in seven characters of prose; the columns grow if need be.
  const capacity = (text.length >> 2) + 16;
  const tokens = reuse ?? new Tokens(capacity);
  if (reuse) reuse.reset(capacity);
  // The document's long words, which no other document shares.
  const longWords = documentWords(text.length);
  /** The last token is a gap that words can still fold into. */
  let inGap = false;
  const n = text.length;
  let line = 0;
  let sentenceStart = true;
  let i = 0;
  let prevEnd = -1;
  // The current line's words, as the layout counts them (see LineField), and the text's commas.
  let upper = 0;
  let mixed = 0;
  let capitalised = 0;
  let lowerCase = 0;
  let commas = 0;
  let spacedCommas = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      tokens.countLine(line, upper, mixed, capitalised, lowerCase);
      upper = mixed = capitalised = lowerCase = 0;
      line++;
      sentenceStart = true;
      inGap = false;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) {
      i++;
      continue;
    }
    const start = i;
    const cls = classOf(c);
    if ((cls & CLASS_WORD) !== 0) {
      // A word: letters and digits, with inner apostrophes ("O'Brien") and hyphens ("vice-president-elect"),
      // and dotted initialisms ("U.S.", "J.").
      const startsUpper = (cls & CLASS_UPPER) !== 0;
      let hyphenated = false;
      let lowerAfterFirst = false;
      let digit = (cls & CLASS_DIGIT) !== 0;
      i++;
      while (i < n) {
        // Runs of ASCII lower-case letters, most of any text, in a loop of their own.
        const run = i;
        while (i < n && text.charCodeAt(i) - 97 >>> 0 <= 25) i++;
        if (i > run) {
          lowerAfterFirst = true;
          if (i >= n) break;
        }
        const d = text.charCodeAt(i);
        // A space ends most words: none of the joins below starts with one.
        if (d === 32) break;
        const dc = classOf(d);
        if ((dc & CLASS_WORD) !== 0) {
          if ((dc & CLASS_LOWER) !== 0) lowerAfterFirst = true;
          else if ((dc & CLASS_DIGIT) !== 0) digit = true;
          i++;
          continue;
        }
        const e = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (isHyphen(d) && isWordCode(e)) {
          // "US-Russia", "Jean-Claude": capitalised parts of a hyphenated word are words of their own.
          // "Inzamam-ul-Haq" stays whole, and so does a single letter's compound ("T-Mobile", "H-P").
          if (startsUpper && (classOf(e) & CLASS_UPPER) !== 0 && !hyphenated && i - start > 1) break;
          hyphenated = true;
          i++;
          continue;
        }
        if (isApostrophe(d) && isWordCode(e)) {
          // "Putin's" keeps its "'s" apart; "O'Brien", "d'Alema" stay whole.
          if (isS(e) && (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2)))) break;
          i++;
          continue;
        }
        // "FranÃÂ§ois": a Latin-1 symbol that text decoded twice left between letters is part of the word.
        if (isMisdecodedSymbol(d) && isWordCode(e)) {
          i++;
          continue;
        }
        // "Amazon.com", "Booking.com": a web domain that names a company is one word.
        if (d === PERIOD && startsUpper && (classOf(e) & CLASS_LOWER) !== 0) {
          const tld = domainEndingAt(text, i + 1);
          if (tld > 0) {
            i += 1 + tld;
            lowerAfterFirst = true;
            continue;
          }
        }
        // "U.S", "U.N", "U.S.A": single letters between periods.
        if (d === PERIOD && (classOf(e) & CLASS_LETTER) !== 0 && (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2)) || text.charCodeAt(i + 2) === PERIOD)) {
          if (i - 1 === start || text.charCodeAt(i - 2) === PERIOD) {
            i++;
            continue;
          }
        }
        break;
      }
      // The closing period of an initialism or a known abbreviation belongs to the word.
      if (i < n && text.charCodeAt(i) === PERIOD) {
        const len = i - start;
        // ("v." of "Roe v. Wade" too: a lower-case letter's period ends no sentence there.)
        if (len === 1 ? startsUpper || text.charCodeAt(start) === 118 : text.charCodeAt(i - 2) === PERIOD || (len <= 5 && ABBREVIATIONS.wordAt(text, start, i) !== null)) i++;
      }
      const shape = (cls & CLASS_DIGIT) !== 0 ? Shape.Number : startsUpper ? (lowerAfterFirst ? Shape.Capitalised : Shape.Upper) : Shape.Lower;
      const joined = start === prevEnd;
      prevEnd = i;
      const len = i - start;
      if (shape === Shape.Lower) {
        if (len >= 3) mixed++;
        if (len >= 4) lowerCase++;
      } else if (shape === Shape.Capitalised) {
        mixed++;
        if (len >= 3) capitalised++;
      } else if (shape === Shape.Upper && len >= 2) upper++;
      if (shape === Shape.Lower) {
        // Short words are function words, which the common-word list covers.
        const print = fingerprint(text, start, i);
        if (lowerWords && len > 3) lowerWords.add(text, start, i, print);
        if (keep) {
          const word = keep.wordAt(text, start, i, print);
          if (word !== null) {
            inGap = false;
            tokens.push(start, i, line, tokenBits(shape, sentenceStart, false, joined) | (digit ? DIGIT : 0), word);
          } else if (inGap) {
            // A word no rule looks at: folded into the gap before it, or opening one.
            tokens.extendGap(i);
          } else {
            inGap = true;
            tokens.pushGap(start, i, line, tokenBits(shape, sentenceStart, false, joined));
          }
          sentenceStart = false;
          continue;
        }
      }
      inGap = false;
      // Numbers rarely recur within a text ("1996-08-30", "3.5"): they get words of their own, not looked up.
      // Lower-case words are lower case already; "eBay"-like words keep their inner capitals, which no lexicon needs.
      const written = shape === Shape.Number ? text.slice(start, i) : '';
      const word = shape === Shape.Number ? new Word(written, written) : (i - start < SHARED_WORD_LENGTH ? recentWords : longWords).wordAt(text, start, i, shape === Shape.Lower);
      tokens.push(start, i, line, tokenBits(shape, sentenceStart, false, joined) | (digit ? DIGIT : 0), word);
      sentenceStart = false;
      continue;
    }
    inGap = false;
    // Possessive "'s" or "’s" split off a word, or written apart as in tokenised text ("Putin 's").
    if (isApostrophe(c) && i + 1 < n && isS(text.charCodeAt(i + 1)) && (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2)))) {
      const word = POSSESSIVES.get(text.slice(start, i + 2)) as Word;
      tokens.push(start, i + 2, line, tokenBits(Shape.Other, false, true, start === prevEnd), word);
      i += 2;
      prevEnd = i;
      continue;
    }
    // One punctuation or symbol character (a surrogate pair stays whole; a lone high surrogate never swallows the
    // character after it, such as the line break between two lexicon phrases).
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const width = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    i += width;
    const mark = c < 128 ? ASCII_MARKS[c] : recentWords.wordAt(text, start, i, true);
    tokens.push(start, i, line, tokenBits(Shape.Other, false, false, start === prevEnd), mark);
    if (c === 44) {
      commas++;
      if (start !== prevEnd) spacedCommas++;
    }
    prevEnd = i;
    if (width === 1 && opensSentence(c)) sentenceStart = true;
    // A dash or bullet that opens a line starts a sentence after it.
    else if ((c === 45 || c === 0x2014 || c === 0x2013) && (tokens.length === 1 || tokens.line[tokens.length - 2] !== line)) sentenceStart = true;
  }
  tokens.countLine(line, upper, mixed, capitalised, lowerCase);
  tokens.commas = commas;
  tokens.spacedCommas = spacedCommas;
  // The tokens hold the words they need; a long word's slice kept here would keep the text alive.
  longWords.clear();
  return tokens;
}
