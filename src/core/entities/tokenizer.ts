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
  shape: Shape;
  /** Index of the line (text split at "\n"). */
  line: number;
  /** First word of a sentence or line: its capital says nothing about being a name. */
  sentenceStart: boolean;
  /** A possessive "'s" / "’s" (or a bare "'" after a plural) split off the word before it. */
  possessive: boolean;
  /** No space between this token and the previous one. */
  joined: boolean;
}

const APOSTROPHES = "'’";
const HYPHENS = '-‐‑';

function isLetterCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isDigitCode(c) || isLetterCode(c, text[i]);
}

function shapeOf(word: string): Shape {
  const c = word.charCodeAt(0);
  if (isDigitCode(c)) return Shape.Number;
  const first = word[0];
  const firstUpper = c < 128 ? c >= 65 && c <= 90 : UPPER.test(first);
  if (!firstUpper) return c < 128 || LETTER.test(first) ? Shape.Lower : Shape.Other;
  for (let i = 1; i < word.length; i++) {
    const d = word.charCodeAt(i);
    if (d < 128 ? d >= 97 && d <= 122 : LOWER.test(word[i])) return Shape.Capitalised;
  }
  return Shape.Upper;
}

/** Abbreviations whose period belongs to the word ("Mr.", "Corp.", "St."). */
const ABBREVIATIONS = new Set(
  'Mr|Mrs|Ms|Dr|St|Sr|Jr|Mt|Ft|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Prof|Corp|Inc|Ltd|Co|Cos|Bros|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|Ave|Blvd|Dept|Univ|Assn|Auth|Bldg|Mich|Calif|Fla|Ill|Mass|Penn|Wash|Conn|Ariz|Colo|Okla|Tenn|Wis|Minn'.split('|'),
);

/** Tokenises `text`. Linear: each character is looked at a bounded number of times. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
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
    if (isWordChar(text, i)) {
      // A word: letters and digits, with inner apostrophes ("O'Brien") and hyphens ("Jean-Claude", "1996-08-30"),
      // and dotted abbreviations ("U.S.", "J.").
      i++;
      while (i < n) {
        if (isWordChar(text, i)) {
          i++;
          continue;
        }
        const ch = text[i];
        // "US-Russia", "Jean-Claude": capitalised parts of a hyphenated word are words of their own.
        if (HYPHENS.includes(ch) && i + 1 < n && UPPER.test(text[i + 1]) && UPPER.test(text[start])) break;
        if ((APOSTROPHES.includes(ch) || HYPHENS.includes(ch)) && i + 1 < n && isWordChar(text, i + 1)) {
          // "Putin's" keeps its "'s" apart; "O'Brien", "d'Alema" stay whole.
          if (APOSTROPHES.includes(ch) && (text[i + 1] === 's' || text[i + 1] === 'S') && (i + 2 >= n || !isWordChar(text, i + 2))) break;
          i++;
          continue;
        }
        // "U.S", "U.N", "U.S.A" — single letters between periods.
        if (ch === '.' && i + 1 < n && isLetterCode(text.charCodeAt(i + 1), text[i + 1]) && (i + 2 === n || !isWordChar(text, i + 2) || text[i + 2] === '.')) {
          if (i - 1 === start || text[i - 2] === '.') {
            i++;
            continue;
          }
        }
        break;
      }
      // The closing period of an initialism or a known abbreviation belongs to the word.
      if (i < n && text[i] === '.') {
        const word = text.slice(start, i);
        if (word.length === 1 ? UPPER.test(word) : word.includes('.') || ABBREVIATIONS.has(word)) i++;
      }
      // "U.S.-Russia": the hyphen after an initialism joins the next word as a separate token.
      const word = text.slice(start, i);
      tokens.push({ start, end: i, text: word, shape: shapeOf(word), line, sentenceStart, possessive: false, joined: start === prevEnd });
      sentenceStart = false;
      prevEnd = i;
      continue;
    }
    // Possessive "'s" or "’s" split off a word, or written apart as in tokenised text ("Putin 's").
    const ch = text[i];
    if (APOSTROPHES.includes(ch) && i + 1 < n && (text[i + 1] === 's' || text[i + 1] === 'S') && (i + 2 >= n || !isWordChar(text, i + 2))) {
      tokens.push({ start, end: i + 2, text: text.slice(start, i + 2), shape: Shape.Other, line, sentenceStart: false, possessive: true, joined: start === prevEnd });
      i += 2;
      prevEnd = i;
      continue;
    }
    // One punctuation or symbol character (a surrogate pair stays whole).
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    i += width;
    const punct = text.slice(start, i);
    tokens.push({ start, end: i, text: punct, shape: Shape.Other, line, sentenceStart: false, possessive: false, joined: start === prevEnd });
    prevEnd = i;
    if (punct === '.' || punct === '!' || punct === '?' || punct === ':' || punct === '"' || punct === '“' || punct === '•' || punct === '*' || punct === ';') sentenceStart = true;
    // A dash or bullet that opens a line starts a sentence after it.
    else if ((punct === '-' || punct === '—' || punct === '–') && (tokens.length === 1 || tokens[tokens.length - 2].line !== line)) sentenceStart = true;
  }
  return tokens;
}
