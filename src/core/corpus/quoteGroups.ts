// Quotes across sources: verbatim, partial, variant translation or paraphrase of one statement, and how wording differs.
import Fuse from 'fuse.js';
import type { QuoteKind, Span } from '../types';
import { STOPWORDS } from './stopwords';

/** How a member's wording relates to the group's leading quote. */
export type QuoteRelation = 'verbatim' | 'partial' | 'variant' | 'paraphrase';

/** One quote reduced to what grouping compares. */
export interface QuoteRecord extends Span {
  docId: string;
  /** Index into the document's Analysis.quotes. */
  quoteIndex: number;
  kind: QuoteKind;
  /** The quoted or reported words as written (parts joined by " … "). */
  text: string;
  /** Lower-case words, punctuation dropped: for verbatim and partial matching. */
  wording: string;
  /** Content term ids, sorted (two quotes are compared by merging): terms[termsFrom .. termsTo), often a pool shared by one document's quotes. */
  terms: Int32Array;
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

/** A quote on its own (not in a document's pool): `words` in order, `terms` distinct. */
export function quoteRecord(docId: string, quoteIndex: number, kind: QuoteKind, span: Span, text: string, words: { wording: string; terms: number[] }, speakerName: string | null, speakerId: string | null): QuoteRecord {
  const terms = Int32Array.from(words.terms).sort();
  return { docId, quoteIndex, kind, start: span.start, end: span.end, text, wording: words.wording, terms, termsFrom: 0, termsTo: terms.length, speakerName, speakerId };
}

function speakersAgree(a: QuoteRecord, b: QuoteRecord): 'same' | 'unknown' | 'different' {
  if (a.speakerId && b.speakerId) return a.speakerId === b.speakerId ? 'same' : 'different';
  return 'unknown';
}

/** Does `inner` occur in `outer` on word boundaries? */
function containsWords(outer: string, inner: string): boolean {
  if (!inner) return false;
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const end = at + inner.length;
    if ((at === 0 || outer.charCodeAt(at - 1) === 0x20) && (end === outer.length || outer.charCodeAt(end) === 0x20)) return true;
  }
  return false;
}

/**
 * Are two quotes the same statement? Verbatim or one a part of the other; or the same content words (with
 * interchangeable words of translations folded) for most of the shorter; or, from the same speaker, a paraphrase
 * sharing a good part of its words; or, failing words, a close fuzzy match (spelling and transliteration drift).
 */
export function matchQuotes(a: QuoteRecord, b: QuoteRecord): QuoteMatch | null {
  const speakers = speakersAgree(a, b);
  if (speakers === 'different') return null;
  const short = a.wording.length <= b.wording.length ? a : b;
  const long = short === a ? b : a;
  if (a.wording === b.wording && a.wording) return { relation: 'verbatim', score: 1 };
  const words = short.termsTo - short.termsFrom;
  const shared = sharedCount(short, long);
  if (containsWords(long.wording, short.wording) && (shared >= MIN_SHARED_TERMS || (shared >= 1 && speakers === 'same'))) {
    return { relation: 'partial', score: 0.9 };
  }
  const containment = words ? shared / words : 0;
  // Reported speech is the reporter's wording: close to a quote, it is a paraphrase of it, not another translation.
  const reported = a.kind === 'reported' || b.kind === 'reported';
  if (shared >= MIN_SHARED_TERMS && containment >= VARIANT_CONTAINMENT) return { relation: reported ? 'paraphrase' : 'variant', score: containment * 0.8 };
  if (speakers === 'same' && shared >= PARAPHRASE_SHARED_TERMS && containment >= PARAPHRASE_CONTAINMENT && reported) {
    return { relation: 'paraphrase', score: containment * 0.6 };
  }
  if (speakers === 'same' && shared >= 1 && short.wording.length <= FUZZY_MAX_LENGTH && short.wording.length >= 8) {
    const fuse = new Fuse([long.wording], { includeScore: true, ignoreLocation: true, threshold: FUZZY_SCORE, minMatchCharLength: 4 });
    const hit = fuse.search(short.wording)[0];
    if (hit && (hit.score ?? 1) <= FUZZY_SCORE) return { relation: 'variant', score: 0.5 * (1 - (hit.score ?? 0)) };
  }
  return null;
}

/** How many terms two quotes' sorted term lists share. */
function sharedCount(p: QuoteRecord, q: QuoteRecord): number {
  const a = p.terms;
  const b = q.terms;
  let i = p.termsFrom;
  let j = q.termsFrom;
  let n = 0;
  while (i < p.termsTo && j < q.termsTo) {
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
export function wordingDifference(member: string, leader: string): { added: string[]; missing: string[] } {
  const m = member.split(' ').filter((w) => w && !STOPWORDS.has(w));
  const l = leader.split(' ').filter((w) => w && !STOPWORDS.has(w));
  const ms = new Set(m);
  const ls = new Set(l);
  return { added: [...new Set(m.filter((w) => !ls.has(w)))], missing: [...new Set(l.filter((w) => !ms.has(w)))] };
}
