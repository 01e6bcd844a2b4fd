// Quotes across sources: verbatim, partial, variant translation or paraphrase of one statement, and how wording differs.
import Fuse from 'fuse.js/basic';
import type { QuoteKind, Span } from '../types';
import { STOPWORDS } from './stopwords';

/** How a member's wording relates to the group's leading quote. */
export type QuoteRelation = 'verbatim' | 'partial' | 'variant' | 'paraphrase';

/** Non-negative numbers as a document keeps them: 16 bits each when they all fit, else 32. */
export type StoredNumbers = Int32Array | Uint16Array;

/** One quote reduced to what grouping compares. */
export interface QuoteRecord extends Span {
  docId: string;
  /** Index into the document's Analysis.quotes. */
  quoteIndex: number;
  kind: QuoteKind;
  /**
   * The lower-case words, punctuation dropped, as word ids: words[wordsFrom .. wordsTo) (for verbatim and partial
   * matching); `wordingLength` is the length of those words written with single spaces.
   */
  words: StoredNumbers;
  wordsFrom: number;
  wordsTo: number;
  wordingLength: number;
  /** Content term ids, sorted (two quotes are compared by merging): terms[termsFrom .. termsTo), often a pool shared by one document's quotes. */
  terms: StoredNumbers;
  termsFrom: number;
  termsTo: number;
  speakerName: string | null;
  /** Linked entity id of the speaker, when resolved. */
  speakerId: string | null;
}

export interface QuoteMatch {
  relation: QuoteRelation;
  score: number;
}

/** Quotes of one word are grouped only when their speakers agree: "unfriendly" is too common a word otherwise. */
const MIN_SHARED_TERMS = 2;
const VARIANT_CONTAINMENT = 0.6;
const PARAPHRASE_CONTAINMENT = 0.5;
/** A paraphrase shares at least this many content words: two are too easily shared within one story. */
const PARAPHRASE_SHARED_TERMS = 3;
/** fuse.js score (0 = exact) under which the shorter wording counts as found inside the longer. */
const FUZZY_SCORE = 0.25;
const FUZZY_MAX_LENGTH = 64;

/** The words of a quote: word ids in order, distinct term ids, and the length of the words written out. */
export interface QuoteWords {
  words: number[];
  terms: number[];
  length: number;
}

/** Says what a word id stands for. */
export type WordText = (word: number) => string;

/** A quote on its own (not in a document's pools). */
export function quoteRecord(docId: string, quoteIndex: number, kind: QuoteKind, span: Span, words: QuoteWords, speakerName: string | null, speakerId: string | null): QuoteRecord {
  const terms = Int32Array.from(words.terms).sort();
  const ids = Int32Array.from(words.words);
  return { docId, quoteIndex, kind, start: span.start, end: span.end, words: ids, wordsFrom: 0, wordsTo: ids.length, wordingLength: words.length, terms, termsFrom: 0, termsTo: terms.length, speakerName, speakerId };
}

/** The quote's words written out with single spaces. */
export function wordingOf(q: QuoteRecord, wordText: WordText): string {
  const out: string[] = [];
  for (let i = q.wordsFrom; i < q.wordsTo; i++) out.push(wordText(q.words[i]));
  return out.join(' ');
}

function sameWords(a: QuoteRecord, b: QuoteRecord): boolean {
  const aFrom = a.wordsFrom;
  const bFrom = b.wordsFrom;
  const n = a.wordsTo - aFrom;
  if (n !== b.wordsTo - bFrom) return false;
  const x = a.words;
  const y = b.words;
  for (let i = 0; i < n; i++) if (x[aFrom + i] !== y[bFrom + i]) return false;
  return true;
}

function speakersAgree(a: QuoteRecord, b: QuoteRecord): 'same' | 'unknown' | 'different' {
  if (a.speakerId && b.speakerId) return a.speakerId === b.speakerId ? 'same' : 'different';
  return 'unknown';
}

/** Do `inner`'s words occur in `outer`, one after another? */
function containsWords(outer: QuoteRecord, inner: QuoteRecord): boolean {
  const from = inner.wordsFrom;
  const n = inner.wordsTo - from;
  if (!n) return false;
  const o = outer.words;
  const w = inner.words;
  for (let at = outer.wordsFrom, last = outer.wordsTo - n; at <= last; at++) {
    let k = 0;
    while (k < n && o[at + k] === w[from + k]) k++;
    if (k === n) return true;
  }
  return false;
}

/** The scores of the kinds of match, each at most the one before: a verbatim match scores the most there is. */
export const VERBATIM_SCORE = 1;
const PARTIAL_SCORE = 0.9;
const VARIANT_WEIGHT = 0.8;
const PARAPHRASE_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.5;

/**
 * Are two quotes the same statement? Verbatim or one a part of the other; or the same content words (with
 * interchangeable words of translations folded) for most of the shorter; or, from the same speaker, a paraphrase
 * sharing a good part of its words; or, failing words, a close fuzzy match (spelling and transliteration drift).
 * A caller that has a match scoring `toBeat` already gets null for one that would not score more: the tests that
 * cannot give a higher score (the fuzzy search above all) are not made.
 */
export function matchQuotes(a: QuoteRecord, b: QuoteRecord, wordText: WordText, toBeat = -1): QuoteMatch | null {
  const speakers = speakersAgree(a, b);
  if (speakers === 'different') return null;
  const short = a.wordingLength <= b.wordingLength ? a : b;
  const long = short === a ? b : a;
  if (a.wordsTo > a.wordsFrom && sameWords(a, b)) return VERBATIM_SCORE > toBeat ? { relation: 'verbatim', score: VERBATIM_SCORE } : null;
  if (PARTIAL_SCORE <= toBeat) return null;
  const words = short.termsTo - short.termsFrom;
  const shared = sharedCount(short, long);
  if (containsWords(long, short) && (shared >= MIN_SHARED_TERMS || (shared >= 1 && speakers === 'same'))) {
    return { relation: 'partial', score: PARTIAL_SCORE };
  }
  const containment = words ? shared / words : 0;
  // Reported speech is the reporter's wording: close to a quote, it is a paraphrase of it, not another translation.
  const reported = a.kind === 'reported' || b.kind === 'reported';
  if (shared >= MIN_SHARED_TERMS && containment >= VARIANT_CONTAINMENT) {
    const score = containment * VARIANT_WEIGHT;
    return score > toBeat ? { relation: reported ? 'paraphrase' : 'variant', score } : null;
  }
  if (speakers === 'same' && shared >= PARAPHRASE_SHARED_TERMS && containment >= PARAPHRASE_CONTAINMENT && reported) {
    const score = containment * PARAPHRASE_WEIGHT;
    return score > toBeat ? { relation: 'paraphrase', score } : null;
  }
  if (FUZZY_WEIGHT <= toBeat) return null;
  if (speakers === 'same' && shared >= 1 && short.wordingLength <= FUZZY_MAX_LENGTH && short.wordingLength >= 8) {
    const pattern = wordingOf(short, wordText);
    const target = wordingOf(long, wordText);
    const fuse = mayBeFound(pattern, target) && piecesWithinEdits(pattern.toLowerCase(), target.toLowerCase()) ? new Fuse([target], { includeScore: true, ignoreLocation: true, threshold: FUZZY_SCORE, minMatchCharLength: 4 }) : null;
    const hit = fuse?.search(pattern)[0];
    const score = FUZZY_WEIGHT * (1 - (hit?.score ?? 0));
    if (hit && (hit.score ?? 1) <= FUZZY_SCORE && score > toBeat) return { relation: 'variant', score };
  }
  return null;
}

/**
 * Can `pattern` be found in `target` with edits on at most FUZZY_SCORE of its characters? A match with k edits is
 * a stretch of at most m + k characters that keeps at least (m - 1) - 2k of the pattern's m - 1 letter pairs (the
 * q-gram lemma); when no such stretch of the target has that many, no fuzzy matcher is built.
 */
function mayBeFound(pattern: string, target: string): boolean {
  const m = pattern.length;
  const k = Math.floor(FUZZY_SCORE * m);
  const needed = m - 1 - 2 * k;
  if (needed <= 0) return true;
  const pair = (text: string, i: number): number => text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
  const wanted = new Map<number, number>();
  for (let i = 0; i + 1 < m; i++) wanted.set(pair(pattern, i), (wanted.get(pair(pattern, i)) ?? 0) + 1);
  // A window of m + k characters, that is m + k - 1 letter pairs, slid along the target.
  const window = m + k - 1;
  const seen = new Map<number, number>();
  let shared = 0;
  for (let i = 0; i + 1 < target.length; i++) {
    const added = pair(target, i);
    const n = seen.get(added) ?? 0;
    if (n < (wanted.get(added) ?? 0)) shared++;
    seen.set(added, n + 1);
    if (i >= window) {
      const removed = pair(target, i - window);
      const r = seen.get(removed)! - 1;
      seen.set(removed, r);
      if (r < (wanted.get(removed) ?? 0)) shared--;
    }
    if (shared >= needed) return true;
  }
  return false;
}

/** fuse.js compares a longer pattern in pieces of this many characters. */
const FUZZY_PIECE = 32;

/**
 * Can fuse.js find `pattern` in `target` closely enough (both in lower case, as it reads them)? It looks for a
 * longer pattern in pieces of FUZZY_PIECE characters (the last piece ends with the pattern), each anywhere in the
 * target; a piece it finds with more edits than FUZZY_SCORE of its length scores 1, which puts the mean of the
 * pieces' scores, and so the pattern's, over FUZZY_SCORE. The fewest edits between a piece and any stretch of the
 * target are at most those fuse.js finds: a piece further from every stretch than that rules the pattern out.
 */
export function piecesWithinEdits(pattern: string, target: string): boolean {
  const m = pattern.length;
  if (m <= FUZZY_PIECE) return withinEdits(pattern, target);
  for (let at = 0; at + FUZZY_PIECE <= m; at += FUZZY_PIECE) if (!withinEdits(pattern.slice(at, at + FUZZY_PIECE), target)) return false;
  return m % FUZZY_PIECE === 0 || withinEdits(pattern.slice(m - FUZZY_PIECE), target);
}

/** Letters of the piece being compared: the positions where each UTF-16 unit stands, as bits. */
const piecePositions = new Map<number, number>();

/**
 * Is some stretch of `text` within FUZZY_SCORE of the piece's length in edits (insertions, deletions,
 * substitutions)? Myers' bit-parallel edit distance, one bit per character of the piece (at most 32), one step per
 * character of the text; a stretch may start anywhere.
 */
function withinEdits(piece: string, text: string): boolean {
  const m = piece.length;
  // Integer form of edits / m <= FUZZY_SCORE, as fuse.js divides.
  const limit = Math.floor(FUZZY_SCORE * m);
  if (m <= limit) return true;
  piecePositions.clear();
  for (let i = 0; i < m; i++) {
    const c = piece.charCodeAt(i);
    piecePositions.set(c, (piecePositions.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  let vp = -1;
  let vn = 0;
  let edits = m;
  for (let j = 0; j < text.length; j++) {
    const eq = piecePositions.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | vn;
    const xh = ((((eq & vp) + vp) | 0) ^ vp) | eq;
    let hp = vn | ~(xh | vp);
    let hn = vp & xh;
    if (hp & last) edits++;
    else if (hn & last) edits--;
    // A stretch may start anywhere: the row above the piece stays 0, so nothing is shifted in.
    hp <<= 1;
    hn <<= 1;
    vp = hn | ~(xv | hp);
    vn = hp & xv;
    if (edits <= limit) return true;
  }
  return false;
}

/** How many terms two quotes' sorted term lists share. */
function sharedCount(p: QuoteRecord, q: QuoteRecord): number {
  const a = p.terms;
  const b = q.terms;
  let i = p.termsFrom;
  let j = q.termsFrom;
  const iEnd = p.termsTo;
  const jEnd = q.termsTo;
  let n = 0;
  while (i < iEnd && j < jEnd) {
    if (a[i] < b[j]) i++;
    else if (b[j] < a[i]) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** Content words only one side uses: what a reader sees change between two sources' wordings. */
export function wordingDifference(member: QuoteRecord, leader: QuoteRecord, wordText: WordText): { added: string[]; missing: string[] } {
  const contentWords = (q: QuoteRecord): string[] => {
    const out: string[] = [];
    for (let i = q.wordsFrom; i < q.wordsTo; i++) {
      const w = wordText(q.words[i]);
      if (w && !STOPWORDS.has(w)) out.push(w);
    }
    return out;
  };
  const m = contentWords(member);
  const l = contentWords(leader);
  const ms = new Set(m);
  const ls = new Set(l);
  return { added: [...new Set(m.filter((w) => !ls.has(w)))], missing: [...new Set(l.filter((w) => !ms.has(w)))] };
}
