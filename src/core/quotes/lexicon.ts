// One table of every word the attribution lexicons name, so that a token's membership in any of them is a byte look-up.
import { WordTable, type Tokens } from './tokens';

/** Every lexicon word; the tokenizer marks each word token with its id here. */
export const LEXICON: WordTable = new WordTable();

/** A word list whose membership test on a token reads the id the tokenizer gave it. */
export class WordSet {
  private readonly bits: Uint8Array;
  private readonly members: Set<string>;

  constructor(words: Iterable<string>) {
    this.members = new Set(words);
    const ids = [...this.members].map((w) => LEXICON.add(w));
    this.bits = new Uint8Array(ids.reduce((m, id) => Math.max(m, id), 0) + 1);
    for (const id of ids) this.bits[id] = 1;
  }

  /** Whether token `i` is one of the words (case-insensitive for ASCII capitals). */
  at(tokens: Tokens, i: number): boolean {
    const id = tokens.word[i];
    return id < this.bits.length && this.bits[id] === 1;
  }

  /** Whether `word`, as given, is one of the words. */
  has(word: string): boolean {
    return this.members.has(word);
  }

  /** The words as given. */
  [Symbol.iterator](): Iterator<string> {
    return this.members[Symbol.iterator]();
  }
}
