// What the lexicons say about one lower-cased word, gathered once: a token's facts then take one lookup
// instead of one per rule that asks.
import type { PhraseEntry } from './gazetteer';

export const enum WordFlag {
  /** A common word, capitalised only by position. */
  Common = 1 << 0,
  GivenName = 1 << 1,
  /** A month or a weekday, or its abbreviation (also written with a period). */
  Calendar = 1 << 2,
  OrgSuffix = 1 << 3,
  PlaceHead = 1 << 4,
  OrgHeadBeforeOf = 1 << 5,
  MiscHead = 1 << 6,
  MiscWord = 1 << 7,
  /** First word of a multi-word misc name ("roman" of "Roman Catholic"). */
  MiscFirst = 1 << 8,
  /** A particle inside a name ("de", "van", "bin", "&"). */
  Connector = 1 << 9,
  /** "of", "for", "and": joins the words of an organisation's or a place's name. */
  Joining = 1 << 10,
  SpeechVerb = 1 << 11,
  KnownSurname = 1 << 12,
  /** Last word of a role noun ("spokesman", "minister"). */
  RoleWordEnding = 1 << 13,
  /** Any word of a role noun. */
  RoleWord = 1 << 14,
  /** First word of a lexicon phrase that may begin in lower case ("al Qaeda"). */
  LowerFirst = 1 << 15,
  PlaceNoun = 1 << 16,
  /** A word between "the" and a role noun ("former", "acting"). */
  RoleModifier = 1 << 17,
  /** A courtesy title ("Mr.", "Dr"): before a name it is no office. */
  Honorific = 1 << 18,
}

export interface WordFacts {
  flags: number;
  /** Lexicon phrases that begin with the word, longest first. */
  phrases: PhraseEntry[] | undefined;
  /** Titles that begin with the word (or with it less a final period), longest first. */
  titles: string[][] | undefined;
  /** Role nouns that begin with the word, longest first. */
  roleNouns: string[][] | undefined;
}

function noFacts(): WordFacts {
  return { flags: 0, phrases: undefined, titles: undefined, roleNouns: undefined };
}

/** What the lexicons say about a word being common, whatever the document it is read in. */
export interface CommonReading {
  /** A contraction, a common word, or the stem of one with an ending ("Reported"). */
  always: boolean;
  /** The word less a final period. */
  bare: string;
  /** The word less each ending it has ("report" of "reports"): common if the document writes one in lower case with some ending. */
  stems: string[];
}

/** The facts of a word the lexicons do not know. Not frozen: it keeps the shape of all other facts. */
export const NO_FACTS: Readonly<WordFacts> = noFacts();

/** Range of the fingerprints, kept as bits: a table that stays in the processor's cache. */
const PRINTS = 1 << 16;

/** A cheap fingerprint of a word from its length and three of its characters. */
function printOf(word: string): number {
  const n = word.length;
  return n === 0 ? 0 : (((n * 31 + word.charCodeAt(0)) * 31 + word.charCodeAt(n >> 1)) * 31 + word.charCodeAt(n - 1)) & (PRINTS - 1);
}

/** Facts by word. */
export class WordFactsTable {
  private readonly facts = new Map<string, WordFacts>();
  /** Fingerprints of the words held: most words the lexicons know nothing of are turned away without hashing them. */
  private readonly prints = new Uint8Array(PRINTS >> 3);

  private entry(word: string): WordFacts {
    let f = this.facts.get(word);
    if (!f) {
      this.facts.set(word, (f = noFacts()));
      const print = printOf(word);
      this.prints[print >> 3] |= 1 << (print & 7);
    }
    return f;
  }

  flag(words: Iterable<string>, flag: WordFlag): void {
    for (const w of words) this.entry(w).flags |= flag;
  }

  phrases(index: Map<string, PhraseEntry[]>): void {
    for (const [w, list] of index) this.entry(w).phrases = list;
  }

  /** Titles by first word; a word written with a final period finds them too ("Gen." as "Gen"). */
  titles(index: Map<string, string[][]>): void {
    for (const [w, list] of index) this.entry(w).titles = list;
    for (const [w, list] of index) if (!index.has(w + '.')) this.entry(w + '.').titles = list;
  }

  roleNouns(index: Map<string, string[][]>): void {
    for (const [w, list] of index) this.entry(w).roleNouns = list;
  }

  get(word: string): Readonly<WordFacts> {
    const print = printOf(word);
    if ((this.prints[print >> 3] & (1 << (print & 7))) === 0) return NO_FACTS;
    return this.facts.get(word) ?? NO_FACTS;
  }
}
