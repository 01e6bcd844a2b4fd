// The words of an index's documents as integer terms: one scan per document, each written word worked out once.
import { NEGATION_TRANSPARENT, NEGATIVE_PREDICATES, NEGATIVE_QUANTIFIERS, NEGATORS, PASSIVE_AUXILIARIES } from './polarity';
import { ownString } from './documentText';
import { allocate, grow } from './growable';
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
/** The numbers of an entry record, and where each is. */
const ENTRY = 6;
const HASH2 = 0;
const LENGTH = 1;
const TERM = 2;
const WORD = 3;
const ROLES = 4;
const BEFORE = 5;

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
   * Written words seen by scan(), as entries of ENTRY numbers each: second hash and length (to tell words apart),
   * term, word id, roles, and for "didn't" (read as "did" and "n't") the entry of its first half (-1 if none). One
   * record per word, so a lookup reads two places: its slot in the hash table of (hash, entry + 1), and its record.
   */
  private entryRecords = new Int32Array(ENTRY * 1024);
  private entries = 0;
  private slots = new Int32Array(2 << 14);
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
      const entry = this.wordAt(text, start, i, hash, hash2);
      if (n + 2 > out.starts.length) this.growScratch();
      const records = this.entryRecords;
      const at = ENTRY * entry;
      const before = records[at + BEFORE];
      if (before >= 0) {
        out.starts[n] = start;
        out.ends[n] = end - 3;
        out.terms[n] = records[ENTRY * before + TERM];
        out.wordIds[n] = records[ENTRY * before + WORD];
        out.roles[n] = records[ENTRY * before + ROLES];
        out.clauseBefore[n] = clause;
        n++;
        clause = 0;
        out.starts[n] = end - 3;
      } else {
        out.starts[n] = start;
      }
      out.ends[n] = end;
      out.terms[n] = records[at + TERM];
      out.wordIds[n] = records[at + WORD];
      out.roles[n] = records[at + ROLES];
      out.clauseBefore[n] = clause;
      n++;
      clause = 0;
    }
    return n;
  }

  /**
   * The entry of text[start, end), found in an open-addressing table of (hash, entry + 1); the entry's record
   * holds a second hash and the length. Two 32-bit hashes and the length tell words apart (a clash between two
   * words of one workspace has odds of about one in a billion), so the text is not compared.
   */
  private wordAt(text: string, start: number, end: number, hash: number, hash2: number): number {
    const length = end - start;
    const slots = this.slots;
    const records = this.entryRecords;
    const mask = (slots.length >> 1) - 1;
    let at = hash & mask;
    for (;;) {
      const entry = slots[2 * at + 1];
      if (entry === 0) break;
      if (slots[2 * at] === hash && records[ENTRY * (entry - 1) + HASH2] === hash2 && records[ENTRY * (entry - 1) + LENGTH] === length) return entry - 1;
      at = (at + 1) & mask;
    }
    // Copied out of the text, which the spelling would otherwise keep alive.
    const entry = this.writtenEntry(ownString(text.slice(start, end)));
    this.entryRecords[ENTRY * entry + HASH2] = hash2;
    this.entryRecords[ENTRY * entry + LENGTH] = length;
    slots[2 * at] = hash;
    slots[2 * at + 1] = entry + 1;
    // Entries made for first halves have no slot, so count the slots in use apart.
    this.filledSlots++;
    if (this.filledSlots * 2 > slots.length >> 1) this.rehash();
    return entry;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = (this.slots = allocate(Int32Array, old.length * 2));
    const mask = (slots.length >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      let at = old[k] & mask;
      while (slots[2 * at + 1] !== 0) at = (at + 1) & mask;
      slots[2 * at] = old[k];
      slots[2 * at + 1] = old[k + 1];
    }
  }

  /** The entry of a written word: lower case, possessive and curly apostrophe folded ("Putin's" -> "putin"). */
  private writtenEntry(written: string): number {
    let word = written.toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    if (word.endsWith("'s")) return this.makeEntry(word.slice(0, -2), -1);
    if (word.endsWith("n't")) return this.makeEntry("n't", this.makeEntry(word.slice(0, -3), -1));
    return this.makeEntry(word, -1);
  }

  private makeEntry(word: string, before: number): number {
    const term = termOf(word);
    let roles = 0;
    if (NEGATORS.has(word)) roles |= NEGATOR;
    if (NEGATIVE_PREDICATES.has(word)) roles |= NEGATIVE_PREDICATE;
    if (NEGATIVE_QUANTIFIERS.has(word)) roles |= NEGATIVE_QUANTIFIER;
    if (NEGATION_TRANSPARENT.has(word)) roles |= TRANSPARENT;
    if (PASSIVE_AUXILIARIES.has(word)) roles |= PASSIVE_AUXILIARY;
    if (word === 'but') roles |= BUT;
    const entry = this.entries++;
    if (ENTRY * (entry + 1) > this.entryRecords.length) this.entryRecords = grow(this.entryRecords, ENTRY * (entry + 1));
    const at = ENTRY * entry;
    this.entryRecords[at + TERM] = term === null ? NO_TERM : this.intern(term);
    this.entryRecords[at + WORD] = this.wordIdOf(word);
    this.entryRecords[at + ROLES] = roles;
    this.entryRecords[at + BEFORE] = before;
    return entry;
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
