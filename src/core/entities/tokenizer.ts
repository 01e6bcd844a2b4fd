// Splits text into word and punctuation tokens with their case shape, in one linear pass.
// Knows the shapes news text takes: prose, ALL-CAPS headlines, and tokenised text ("U.S. 's").

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

export interface Token {
  start: number;
  end: number;
  text: string;
  /** The text in lower case, computed once. */
  lower: string;
  shape: Shape;
  /** Index of the line (text split at "\n"). */
  line: number;
  /** First word of a sentence or line: its capital says nothing about being a name. */
  sentenceStart: boolean;
  /** A possessive "'s" / "’s" split off the word before it, or written apart ("Putin 's"). */
  possessive: boolean;
  /** No space between this token and the previous one. */
  joined: boolean;
  /**
   * Set on a gap: lower-case words that no rule looks at, folded into one token with empty text
   * (counts of its words of three and of four letters or more, which the layout needs).
   */
  gap?: { words3: number; words4: number };
}

/** Size of the bit filter over word fingerprints (a power of two). */
const FILTER_SIZE = 1 << 16;

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
  private readonly bits: Uint8Array;
  private readonly mask: number;

  constructor(textLength: number) {
    let size = 4096;
    while (size < textLength && size < 1 << 24) size <<= 1;
    this.bits = new Uint8Array(size);
    this.mask = size - 1;
  }

  add(text: string, start: number, end: number): void {
    this.bits[(fingerprint(text, start, end) * 2654435761) & this.mask] = 1;
    this.bits[fingerprint2(text, start, end) & this.mask] |= 2;
  }

  has(word: string): boolean {
    if (word.length <= 3) return false;
    return (this.bits[(fingerprint(word, 0, word.length) * 2654435761) & this.mask] & 1) === 1 && (this.bits[fingerprint2(word, 0, word.length) & this.mask] & 2) === 2;
  }
}

/** A set of words that can be asked about a range of a text without slicing or hashing most words. */
export class WordFilter {
  private readonly bits = new Uint8Array(FILTER_SIZE);
  private readonly words = new Set<string>();

  add(word: string): void {
    if (!word) return;
    this.words.add(word);
    this.bits[fingerprint(word, 0, word.length)] = 1;
  }

  hasRange(text: string, start: number, end: number): boolean {
    return this.bits[fingerprint(text, start, end)] === 1 && this.words.has(text.slice(start, end));
  }

  copy(): WordFilter {
    const c = new WordFilter();
    for (const w of this.words) c.add(w);
    return c;
  }
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

// Character classes of the code units below 128, looked up instead of tested.
const ASCII_LOWER = 1;
const ASCII_UPPER = 2;
const ASCII_DIGIT = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = ASCII_LOWER;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = ASCII_UPPER;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = ASCII_DIGIT;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const PERIOD = 46;

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_QUOTE;
}
function isHyphen(c: number): boolean {
  return c === HYPHEN || c === 0x2010 || c === 0x2011;
}
function isLetter(c: number): boolean {
  if (c < 128) return (ASCII_CLASS[c] & (ASCII_LOWER | ASCII_UPPER)) !== 0;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(c));
}
function isUpper(c: number): boolean {
  if (c < 128) return ASCII_CLASS[c] === ASCII_UPPER;
  return UPPER.test(String.fromCharCode(c));
}
function isLowerLetter(c: number): boolean {
  if (c < 128) return ASCII_CLASS[c] === ASCII_LOWER;
  return LOWER.test(String.fromCharCode(c));
}
function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_CLASS[c] !== 0;
  return isLetter(c);
}
function isS(c: number): boolean {
  return c === 115 || c === 83;
}

function shapeOf(text: string, start: number, end: number): Shape {
  const c = text.charCodeAt(start);
  if (c < 128 && ASCII_CLASS[c] === ASCII_DIGIT) return Shape.Number;
  if (!isUpper(c)) return isLetter(c) ? Shape.Lower : Shape.Other;
  for (let i = start + 1; i < end; i++) if (isLowerLetter(text.charCodeAt(i))) return Shape.Capitalised;
  return Shape.Upper;
}

/** Abbreviations whose period belongs to the word ("Mr.", "Corp.", "St."). */
const ABBREVIATIONS = new Set(
  'Mr|Mrs|Ms|Dr|St|Sr|Jr|Mt|Ft|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Prof|Corp|Inc|Ltd|Co|Cos|Bros|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|Ave|Blvd|Dept|Univ|Assn|Auth|Bldg|Mich|Calif|Fla|Ill|Mass|Penn|Wash|Conn|Ariz|Colo|Okla|Tenn|Wis|Minn'.split('|'),
);
/** Punctuation after which the next word opens a sentence. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', '"', '“', '•', '*', ';']);

/** Tokenises `text`. Linear: each character is looked at a bounded number of times. */
export function tokenize(text: string, keep?: WordFilter, lowerWords?: LowerWordBloom): Token[] {
  const tokens: Token[] = [];
  let gap: Token | null = null;
  const n = text.length;
  let line = 0;
  let sentenceStart = true;
  let i = 0;
  let prevEnd = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      sentenceStart = true;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) {
      i++;
      continue;
    }
    const start = i;
    if (isWordCode(c)) {
      // A word: letters and digits, with inner apostrophes ("O'Brien") and hyphens ("vice-president-elect"),
      // and dotted initialisms ("U.S.", "J.").
      const startsUpper = isUpper(c);
      let hyphenated = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordCode(d)) {
          i++;
          continue;
        }
        const e = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (isHyphen(d) && isWordCode(e)) {
          // "US-Russia", "Jean-Claude": capitalised parts of a hyphenated word are words of their own.
          // "Inzamam-ul-Haq" stays whole.
          if (startsUpper && isUpper(e) && !hyphenated) break;
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
        // "U.S", "U.N", "U.S.A": single letters between periods.
        if (d === PERIOD && isLetter(e) && (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2)) || text.charCodeAt(i + 2) === PERIOD)) {
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
        if (len === 1 ? startsUpper : text.charCodeAt(i - 2) === PERIOD || (len <= 5 && ABBREVIATIONS.has(text.slice(start, i)))) i++;
      }
      const shape = shapeOf(text, start, i);
      // Short words are function words, which the common-word list covers.
      if (lowerWords && shape === Shape.Lower && i - start > 3) lowerWords.add(text, start, i);
      if (keep && shape === Shape.Lower && !keep.hasRange(text, start, i)) {
        // A word no rule looks at: folded into the gap before it, or opening one.
        const len = i - start;
        if (gap && tokens[tokens.length - 1] === gap && gap.line === line && gap.gap) {
          gap.end = i;
          if (len >= 3) gap.gap.words3++;
          if (len >= 4) gap.gap.words4++;
        } else {
          gap = { start, end: i, text: '', lower: '', shape: Shape.Lower, line, sentenceStart, possessive: false, joined: start === prevEnd, gap: { words3: len >= 3 ? 1 : 0, words4: len >= 4 ? 1 : 0 } };
          tokens.push(gap);
        }
        sentenceStart = false;
        prevEnd = i;
        continue;
      }
      const word = text.slice(start, i);
      // Most words are lower case already; "eBay"-like words keep their inner capitals, which no lexicon needs.
      tokens.push({ start, end: i, text: word, lower: shape === Shape.Lower || shape === Shape.Number ? word : word.toLowerCase(), shape, line, sentenceStart, possessive: false, joined: start === prevEnd });
      sentenceStart = false;
      prevEnd = i;
      continue;
    }
    // Possessive "'s" or "’s" split off a word, or written apart as in tokenised text ("Putin 's").
    if (isApostrophe(c) && i + 1 < n && isS(text.charCodeAt(i + 1)) && (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2)))) {
      const s = text.slice(start, i + 2);
      tokens.push({ start, end: i + 2, text: s, lower: s.toLowerCase(), shape: Shape.Other, line, sentenceStart: false, possessive: true, joined: start === prevEnd });
      i += 2;
      prevEnd = i;
      continue;
    }
    // One punctuation or symbol character (a surrogate pair stays whole).
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    i += width;
    const punct = width === 1 ? text[start] : text.slice(start, i);
    tokens.push({ start, end: i, text: punct, lower: punct, shape: Shape.Other, line, sentenceStart: false, possessive: false, joined: start === prevEnd });
    prevEnd = i;
    if (SENTENCE_OPENERS.has(punct)) sentenceStart = true;
    // A dash or bullet that opens a line starts a sentence after it.
    else if ((punct === '-' || punct === '—' || punct === '–') && (tokens.length === 1 || tokens[tokens.length - 2].line !== line)) sentenceStart = true;
  }
  return tokens;
}
