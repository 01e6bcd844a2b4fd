// Words of a text reduced to comparable terms: tokens with offsets, a light stemmer, and interchangeable-word classes.
import { STOPWORDS } from './stopwords';
import { WORD_CLASS } from './wordClasses';

export interface Token {
  /** Lower-cased word, possessive and apostrophes removed. */
  word: string;
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes and dots ("don't", "U.S", "Zelenskyy's"); hyphens split ("U.S.-Russia").
const WORD = /[\p{L}\p{N}]+(?:[’'.][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) {
    let word = m[0].toLowerCase().replace(/’/g, "'");
    let end = m.index + m[0].length;
    if (word.endsWith("'s")) {
      word = word.slice(0, -2);
    } else if (word.endsWith("n't")) {
      // "didn't" -> "did" + "n't", so that negation is seen as its own word.
      out.push({ word: word.slice(0, -3), start: m.index, end: end - 3 });
      out.push({ word: "n't", start: end - 3, end });
      continue;
    }
    if (end > to) end = to;
    out.push({ word, start: m.index, end });
  }
  return out;
}

/** A light suffix stripper: enough to make "congratulated", "congratulating" and "congratulation" one term. */
export function stem(word: string): string {
  let w = word.replace(/\./g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ations')) w = w.slice(0, -4);
  else if (w.endsWith('ation')) w = w.slice(0, -3);
  else if (w.endsWith('ings') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('edly') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ments') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ment') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiouls]/.test(w[w.length - 1])) w = w.slice(0, -1);
  return w;
}

/**
 * Terms already worked out, by word. A pure function's memo: it only saves time (most words of a workspace recur)
 * and makes equal terms one shared string. Emptied when it grows past a bound, so memory stays flat.
 */
const TERM_MEMO = new Map<string, string | null>();
const TERM_MEMO_LIMIT = 200_000;

/** The comparable term of a word, or null for function words: its interchangeable-word class, else its stem. */
export function termOf(word: string): string | null {
  const known = TERM_MEMO.get(word);
  if (known !== undefined) return known;
  if (TERM_MEMO.size >= TERM_MEMO_LIMIT) TERM_MEMO.clear();
  const term = computeTerm(word);
  TERM_MEMO.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  if (STOPWORDS.has(word)) return null;
  const cls = WORD_CLASS.get(word);
  if (cls) return cls;
  if (word.length < 2 && !/\d/.test(word)) return null;
  const s = stem(word);
  return WORD_CLASS.get(s) ?? s;
}

/** The distinct terms of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const t of tokenize(text)) {
    const term = termOf(t.word);
    if (term) seen.add(term);
  }
  return [...seen];
}

/** Lower case, curly quotes straightened, punctuation and runs of spaces collapsed: for verbatim comparison. */
export function normalizeWording(text: string): string {
  return tokenize(text)
    .map((t) => t.word)
    .join(' ');
}

/** `normalizeWording` and `termsOf` in one pass over the words. */
export function wordingAndTerms(text: string): { wording: string; terms: string[] } {
  const words: string[] = [];
  const terms = new Set<string>();
  for (const t of tokenize(text)) {
    words.push(t.word);
    const term = termOf(t.word);
    if (term) terms.add(term);
  }
  return { wording: words.join(' '), terms: [...terms] };
}
