// Claims across sources: sentences about the same subject and event grouped online, with polarity for contradictions.
import type { Span } from '../types';
import { NEGATION_TRANSPARENT, NEGATION_WINDOW, NEGATIVE_PREDICATES, NEGATIVE_QUANTIFIERS, NEGATORS, PASSIVE_AUXILIARIES } from './polarity';
import { termOf, tokenize } from './terms';

/** A sentence reduced to what claim grouping compares. */
export interface ClaimSentence extends Span {
  docId: string;
  /** Distinct terms: word terms, and `E:<entity id>` for the entities mentioned in the sentence. */
  terms: string[];
  /** Terms that a negation or a withholding verb reverses here ("not to extend congratulations"). */
  negated: readonly string[];
  /** A hedge ("may", "reportedly") weakens the sentence. */
  hedged: boolean;
}

export interface ClaimGroupState {
  id: string;
  leader: ClaimSentence;
  members: Set<ClaimSentence>;
}

export const ENTITY_TERM = 'E:';
const NONE: readonly string[] = Object.freeze([]);

/** A linked entity mention inside the sentence. */
export interface SentenceMention extends Span {
  entityId: string;
}

/**
 * Terms and negations of one sentence. Words inside entity mentions become one entity term, not word terms.
 * `words` collects a written form for each term (for display).
 */
export function readClaimSentence(docId: string, text: string, span: Span, mentions: readonly SentenceMention[], hedged: boolean, words?: Map<string, string>): ClaimSentence {
  const all = tokenize(text, span.start, span.end);
  let k = 0;
  const tokens = all.filter((t) => {
    while (k < mentions.length && mentions[k].end <= t.start) k++;
    return !(k < mentions.length && mentions[k].start < t.end && t.start < mentions[k].end);
  });
  const terms = new Set<string>();
  const negated = new Set<string>();
  // Index of the last negation cue still in reach, and how many opaque words stand between it and here.
  let cueAt = -Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].word;
    // A clause boundary ends the reach of a negation.
    if (i > 0 && /[,;:()]/.test(text.slice(tokens[i - 1].end, tokens[i].start))) cueAt = -Infinity;
    if (NEGATORS.has(word) || NEGATIVE_PREDICATES.has(word)) {
      cueAt = i;
      if (NEGATIVE_PREDICATES.has(word)) negatePassive(tokens, i, negated);
      continue;
    }
    if (NEGATIVE_QUANTIFIERS.has(word)) {
      const verb = i > 0 ? termOf(tokens[i - 1].word) : null;
      if (verb) negated.add(verb);
      continue;
    }
    const term = termOf(word);
    if (term) {
      terms.add(term);
      if (words && !words.has(term)) words.set(term, word);
      if (i - cueAt <= NEGATION_WINDOW) negated.add(term);
    }
    // A content word takes the negation itself unless negation passes through it ("opted not to extend").
    if (term && !NEGATION_TRANSPARENT.has(word)) cueAt = -Infinity;
    if (word === 'but') cueAt = -Infinity;
  }
  for (const m of mentions) terms.add(ENTITY_TERM + m.entityId);
  // Sorted, so that two sentences are compared by merging (no set per sentence).
  return { docId, start: span.start, end: span.end, terms: [...terms].sort(), negated: negated.size ? [...negated] : NONE, hedged };
}

/** "congratulation may be avoided": a passive withholding verb negates the word before its auxiliaries. */
function negatePassive(tokens: readonly { word: string }[], at: number, negated: Set<string>): void {
  let i = at - 1;
  if (i < 0 || !PASSIVE_AUXILIARIES.has(tokens[i].word)) return;
  while (i >= 0 && NEGATION_TRANSPARENT.has(tokens[i].word)) i--;
  const term = i >= 0 ? termOf(tokens[i].word) : null;
  if (term) negated.add(term);
}

export interface ClaimMatch {
  /** The terms the two sentences share, rarest first. */
  shared: string[];
  score: number;
}

/**
 * Do two sentences state the same claim? They must share a named subject and at least two rarer words about
 * the event; the score weighs shared terms by rarity (inverse sentence frequency) against the smaller sentence.
 */
export function matchClaims(a: ClaimSentence, b: ClaimSentence, idf: (term: string) => number, minScore: number): ClaimMatch | null {
  let sharedWeight = 0;
  let weightA = 0;
  let weightB = 0;
  let entities = 0;
  let words = 0;
  const shared: string[] = [];
  const x = a.terms;
  const y = b.terms;
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && x[i] < y[j])) {
      weightA += idf(x[i++]);
    } else if (i >= x.length || y[j] < x[i]) {
      weightB += idf(y[j++]);
    } else {
      const t = x[i];
      const w = idf(t);
      weightA += w;
      weightB += w;
      sharedWeight += w;
      shared.push(t);
      if (t.startsWith(ENTITY_TERM)) entities++;
      else if (w >= MIN_WORD_IDF) words++;
      i++;
      j++;
    }
  }
  // A named participant and two words about the event, or two participants and one such word.
  if (entities < 1 || words < 1 || entities + words < 3) return null;
  // Shared weight against both sentences: a long sentence that mentions everything matches nothing in particular.
  const score = sharedWeight / Math.sqrt(Math.max(weightA * weightB, 1e-9));
  if (score < minScore) return null;
  shared.sort((p, q) => idf(q) - idf(p));
  return { shared, score };
}

/** Words found in more than about half of all sentences say nothing about which event is meant. */
const MIN_WORD_IDF = 0.5;
