// The words of an index's documents as integer terms: one scan per document, each written word worked out once.
import { NEGATION_TRANSPARENT, NEGATIVE_PREDICATES, NEGATIVE_QUANTIFIERS, NEGATORS, PASSIVE_AUXILIARIES } from './polarity';
import { ownString } from './documentText';
import { grow } from './growable';
import { termOf } from './terms';
import { CLASS_TERMS } from './wordClasses';

/** Roles of a word in negation ("not", "refused", "few", "to", "but", "was"). */
export const NEGATOR = 1;
export const NEGATIVE_PREDICATE = 2;
export const NEGATIVE_QUANTIFIER = 4;
export const TRANSPARENT = 8;
export const BUT = 16;
export const PASSIVE_AUXILIARY = 32;

const NO_TERM = -1;
/**
 * The numbers of a slot of the written-word table, and where each is: the word's hash and a second hash with its
 * length (to tell words apart; 0: an empty slot), its term, and its word id with its roles above it. For "didn't"
 * (read as "did" and "n't"), the term, word id and roles are the first half's, and "n't" is the second.
 */
const SLOT = 4;
const HASH = 0;
const KEY = 1;
const TERM = 2;
const INFO = 3;
/** In INFO: the word id's bits, where the roles start, and the flag of a word read as two ("didn't"). */
const WORD_BITS = (1 << 24) - 1;
const ROLES_SHIFT = 24;
const HAS_BEFORE = 1 << 30;

/**
 * A document's words in text order, in buffers the vocabulary reuses for the next document. Each word: its span,
 * its term id (-1 for a function word), the id of its lower-case form (for comparing wordings), its negation roles.
 */
export interface ScannedWords {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  terms: Int32Array;
  wordIds: Int32Array;
  roles: Uint8Array;
  /** 1 when a clause mark (, ; : parentheses) stands between the previous word and this one. */
  clauseBefore: Uint8Array;
}

/** Letters and digits (Unicode), per UTF-16 unit of the Basic Multilingual Plane: 0 unknown, 1 yes, 2 no. */
const WORD_CHAR = new Uint8Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
for (let c = 0; c < 128; c++) WORD_CHAR[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

function isWordUnit(code: number): boolean {
  let known = WORD_CHAR[code];
  if (known === 0) WORD_CHAR[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Length of the word character at `at` (2 for a letter outside the BMP), or 0 when it is none. */
function wordCharLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return isWordUnit(c) ? 1 : 0;
  const cp = text.codePointAt(at)!;
  return cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
}

const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2e;

/** A word's roles in negation. */
function rolesOf(word: string): number {
  let roles = 0;
  if (NEGATORS.has(word)) roles |= NEGATOR;
  if (NEGATIVE_PREDICATES.has(word)) roles |= NEGATIVE_PREDICATE;
  if (NEGATIVE_QUANTIFIERS.has(word)) roles |= NEGATIVE_QUANTIFIER;
  if (NEGATION_TRANSPARENT.has(word)) roles |= TRANSPARENT;
  if (PASSIVE_AUXILIARIES.has(word)) roles |= PASSIVE_AUXILIARY;
  if (word === 'but') roles |= BUT;
  return roles;
}

/** The roles of "n't", the second half of "didn't". */
const NOT_ROLES = rolesOf("n't");

/**
 * Interned terms of one index: word -> term id, each term's written form, and which terms are interchangeable-word
 * classes. Entity terms are not here: they are negative ids (-1 - entity number), kept apart by the index.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Term strings by id (the stem or class name). */
  readonly terms: string[] = [];
  /** Lower-case words by word id. */
  readonly words: string[] = [];
  /** Their lengths, read apart from the strings: quotes add up the length of their words, and the strings are all over memory. */
  private wordLengths = new Int32Array(1024);
  private readonly wordIds = new Map<string, number>();
  /** A written word for each term, for display. */
  readonly display: (string | undefined)[] = [];
  private classFlags = new Uint8Array(1024);
  /**
   * Written words seen by scan(), in an open-addressing table of SLOT numbers per word (a length of 0: an empty
   * slot). All a word's numbers are in its slot, so a lookup reads one place in memory: the table is too large for
   * the caches, and each place read is a wait.
   */
  private slots = new Int32Array(SLOT * 4096);
  /** The term and word id of "n't", made when a word first has it. */
  private notTerm = NO_TERM;
  private notWord = -1;
  private filledSlots = 0;
  private readonly scratch: ScannedWords = {
    count: 0,
    starts: new Int32Array(4096),
    ends: new Int32Array(4096),
    terms: new Int32Array(4096),
    wordIds: new Int32Array(4096),
    roles: new Uint8Array(4096),
    clauseBefore: new Uint8Array(4096),
  };

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term string, made on first sight. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.display.push(undefined);
      if (id >= this.classFlags.length) this.classFlags = grow(this.classFlags, id + 1);
      if (CLASS_TERMS.has(term)) this.classFlags[id] = 1;
    }
    return id;
  }

  /** The id of a known term, or undefined. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Is the term an interchangeable-word class ("congratulate" for congratulated/congratulations/felicitated)? */
  isClass(term: number): boolean {
    return term >= 0 && this.classFlags[term] === 1;
  }

  /**
   * The words of `text` between `from` and `to`, as `[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*` finds them. The result's
   * buffers are reused by the next call.
   */
  scan(text: string, from = 0, to = text.length): ScannedWords {
    this.scratch.count = this.scanInto(text, from, to, 0);
    return this.scratch;
  }

  /** The words of several parts of `text`: start, end pairs, sorted and apart. */
  scanParts(text: string, parts: ArrayLike<number>): ScannedWords {
    let n = 0;
    for (let k = 0; k < parts.length; k += 2) n = this.scanInto(text, parts[k], parts[k + 1], n);
    this.scratch.count = n;
    return this.scratch;
  }

  /** Appends the words of text[from, to) to the scratch buffers after the first `n`; returns the new count. */
  private scanInto(text: string, from: number, to: number, n: number): number {
    const out = this.scratch;
    const length = text.length;
    let clause = 0;
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      if (c < 128 ? WORD_CHAR[c] !== 1 : !wordCharLength(text, i)) {
        if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29) clause = 1;
        i++;
        continue;
      }
      const start = i;
      // FNV-1a over the UTF-16 units, so that a word seen before is found without cutting it out of the text.
      // A second, polynomial hash: with both and the length, a word is known without reading the stored spelling.
      let hash = 0x811c9dc5 | 0;
      let hash2 = 0;
      for (;;) {
        while (i < length) {
          c = text.charCodeAt(i);
          if (c < 128) {
            if (WORD_CHAR[c] !== 1) break;
            hash = Math.imul(hash ^ c, 0x01000193);
            hash2 = (Math.imul(hash2, 31) + c) | 0;
            i++;
          } else {
            const len = wordCharLength(text, i);
            if (!len) break;
            hash = Math.imul(hash ^ c, 0x01000193);
            hash2 = (Math.imul(hash2, 31) + c) | 0;
            if (len === 2) {
              hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
              hash2 = (Math.imul(hash2, 31) + text.charCodeAt(i + 1)) | 0;
            }
            i += len;
          }
        }
        if (i + 1 < length && isJoiner(c) && wordCharLength(text, i + 1)) {
          hash = Math.imul(hash ^ c, 0x01000193);
          hash2 = (Math.imul(hash2, 31) + c) | 0;
          i++;
          continue;
        }
        break;
      }
      const end = i > to ? to : i;
      const at = this.wordAt(text, start, i, hash, hash2);
      if (n + 2 > out.starts.length) this.growScratch();
      const slots = this.slots;
      const info = slots[at + INFO];
      out.terms[n] = slots[at + TERM];
      out.wordIds[n] = info & WORD_BITS;
      out.roles[n] = info >>> ROLES_SHIFT & 0x3f;
      out.clauseBefore[n] = clause;
      clause = 0;
      if ((info & HAS_BEFORE) !== 0) {
        out.starts[n] = start;
        out.ends[n] = end - 3;
        n++;
        out.starts[n] = end - 3;
        out.terms[n] = this.notTerm;
        out.wordIds[n] = this.notWord;
        out.roles[n] = NOT_ROLES;
        out.clauseBefore[n] = 0;
      } else {
        out.starts[n] = start;
      }
      out.ends[n] = end;
      n++;
    }
    return n;
  }

  /**
   * Where the slot of text[start, end) starts in the table, made on first sight. Two 32-bit hashes and the length
   * tell words apart (a clash between two words of one workspace has odds of about one in a billion), so the text
   * is not compared.
   */
  private wordAt(text: string, start: number, end: number, hash: number, hash2: number): number {
    const key = (hash2 ^ Math.imul(end - start, 0x9e3779b1)) | 0 || 1;
    const slots = this.slots;
    const last = slots.length - 1;
    let at = (SLOT * hash) & last;
    for (;;) {
      const known = slots[at + KEY];
      if (known === 0) break;
      if (known === key && slots[at + HASH] === hash) return at;
      at = (at + SLOT) & last;
    }
    // Copied out of the text, which the spelling would otherwise keep alive.
    this.fillSlot(at, ownString(text.slice(start, end)));
    slots[at + HASH] = hash;
    slots[at + KEY] = key;
    this.filledSlots++;
    if (this.filledSlots * 2 <= slots.length / SLOT) return at;
    this.rehash();
    return this.wordAt(text, start, end, hash, hash2);
  }

  private rehash(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    const last = slots.length - 1;
    for (let k = 0; k < old.length; k += SLOT) {
      if (old[k + KEY] === 0) continue;
      let at = (SLOT * old[k + HASH]) & last;
      while (slots[at + KEY] !== 0) at = (at + SLOT) & last;
      slots.set(old.subarray(k, k + SLOT), at);
    }
  }

  /** The numbers of a written word: lower case, possessive and curly apostrophe folded ("Putin's" -> "putin"). */
  private fillSlot(at: number, written: string): void {
    let word = written.toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    const slots = this.slots;
    if (word.endsWith("'s")) word = word.slice(0, -2);
    else if (word.endsWith("n't")) {
      const first = word.slice(0, -3);
      slots[at + TERM] = this.termIdOf(first);
      slots[at + INFO] = HAS_BEFORE | (rolesOf(first) << ROLES_SHIFT) | this.boundedWordId(first);
      // (In the order they were first made: the first half's ids, then those of "n't".)
      if (this.notWord < 0) {
        this.notTerm = this.termIdOf("n't");
        this.notWord = this.wordIdOf("n't");
      }
      return;
    }
    slots[at + TERM] = this.termIdOf(word);
    slots[at + INFO] = (rolesOf(word) << ROLES_SHIFT) | this.boundedWordId(word);
  }

  /** The word's id, which must fit in its bits of a slot (sixteen million words: no workspace has as many). */
  private boundedWordId(word: string): number {
    const id = this.wordIdOf(word);
    if (id > WORD_BITS) throw new Error('the index holds more distinct words than it can number');
    return id;
  }

  private termIdOf(word: string): number {
    const term = termOf(word);
    return term === null ? NO_TERM : this.intern(term);
  }

  /** The id of a lower-case word, made on first sight. */
  wordIdOf(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.wordIds.set(word, id);
      this.words.push(word);
      if (id >= this.wordLengths.length) this.wordLengths = grow(this.wordLengths, id + 1);
      this.wordLengths[id] = word.length;
    }
    return id;
  }

  /** The length of a word (by word id). */
  wordLength(word: number): number {
    return this.wordLengths[word];
  }

  private growScratch(): void {
    const s = this.scratch;
    const size = s.starts.length * 2;
    s.starts = grow(s.starts, size);
    s.ends = grow(s.ends, size);
    s.terms = grow(s.terms, size);
    s.wordIds = grow(s.wordIds, size);
    s.roles = grow(s.roles, size);
    s.clauseBefore = grow(s.clauseBefore, size);
  }
}
