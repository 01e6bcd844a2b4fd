// Claims across sources: a document's sentences as sorted integer terms with their negations, and how two compare.
import { grow } from './growable';
import { NEGATION_WINDOW } from './polarity';
import { BUT, NEGATIVE_PREDICATE, NEGATIVE_QUANTIFIER, NEGATOR, PASSIVE_AUXILIARY, TRANSPARENT, type ScannedWords, type Vocabulary } from './vocabulary';

/**
 * The claim sentences of one document in flat arrays, as read (the index copies them into arrays by sentence id):
 * views of buffers the next document's reading reuses.
 * Terms of sentence i are terms[termStarts[i] .. termStarts[i + 1]), sorted; entity terms are negative
 * (-1 - entity number), word terms are Vocabulary ids.
 */
export interface DocSentences {
  count: number;
  /** start, end of each sentence. */
  spans: Int32Array;
  termStarts: Int32Array;
  terms: Int32Array;
  /** Terms that a negation or a withholding verb reverses ("not to extend congratulations"), same layout. */
  negatedStarts: Int32Array;
  negated: Int32Array;
  /** 1 when a hedge ("may", "reportedly") weakens the sentence. */
  hedged: Uint8Array;
}

/** A claim group: sentence ids, in the order they joined; the leader is the sentence the group grew from. */
export interface ClaimGroupState {
  id: string;
  leader: number;
  /** An array, not a Set: most groups have a few members, and there are many groups. */
  members: number[];
}

/** Adds an item to a list unless it is there (the order of a Set, without one). */
export function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

/** Takes an item out of a list, keeping the order of the others; false when it was not there. */
export function removeFrom<T>(list: T[], item: T): boolean {
  const at = list.indexOf(item);
  if (at < 0) return false;
  list.splice(at, 1);
  return true;
}

/** Entity number -> claim term, and back. */
export const entityTerm = (entityNumber: number): number => -1 - entityNumber;
export const entityOfTerm = (term: number): number => -1 - term;

/** Words found in more than about half of all sentences say nothing about which event is meant. */
const MIN_WORD_IDF = 0.5;
/** Sentences with fewer terms say too little to be compared. */
const MIN_TERMS = 3;
/** Up to this many terms, a sentence's are sorted by insertion as they are copied. */
const FEW_TERMS = 64;

/** Growable buffers reused from one document to the next. */
class Scratch {
  terms: Int32Array = new Int32Array(256);
  negated: Int32Array = new Int32Array(64);
  /** Per term id: the sentence serial that last added it (a set without clearing). */
  seenTerm: Int32Array = new Int32Array(1024);
  seenNegated: Int32Array = new Int32Array(1024);
  serial = 0;
  /** Terms and negated terms of the sentence being read. */
  n = 0;
  negatedN = 0;
  /** Indices (into the scanned words) of the sentence's words outside entity mentions. */
  kept: Int32Array = new Int32Array(256);
  clauseBefore: Uint8Array = new Uint8Array(256);
  /** The document's claim sentences, as returned (termStarts and negatedStarts[0] stay 0). */
  spans: Int32Array = new Int32Array(256);
  termStarts: Int32Array = new Int32Array(129);
  negatedStarts: Int32Array = new Int32Array(129);
  hedged: Uint8Array = new Uint8Array(128);
  termPool: Int32Array = new Int32Array(4096);
  negatedPool: Int32Array = new Int32Array(256);

  addTerm(t: number): void {
    if (t < 0 || this.seenTerm[t] === this.serial) return;
    this.seenTerm[t] = this.serial;
    if (this.n >= this.terms.length) this.terms = grow(this.terms, this.n + 1);
    this.terms[this.n++] = t;
  }

  negate(t: number): void {
    if (t < 0 || this.seenNegated[t] === this.serial) return;
    this.seenNegated[t] = this.serial;
    if (this.negatedN >= this.negated.length) this.negated = grow(this.negated, this.negatedN + 1);
    this.negated[this.negatedN++] = t;
  }
}
const scratch = new Scratch();

/** A linked name mention: start, end, entity number; the document's mentions sorted by start. */
export interface MentionList {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  entityNumbers: Int32Array;
}

/**
 * The claim sentences of a document (`sentences` as start, end pairs): those that mention an entity and have enough terms. Words inside entity
 * mentions become one entity term, not word terms. The vocabulary's `display` gets a written form for each new term.
 */
export function readDocSentences(sentences: Int32Array, words: ScannedWords, mentions: MentionList, hedgeStarts: Int32Array, vocabulary: Vocabulary): DocSentences {
  const s = scratch;
  if (s.seenTerm.length < vocabulary.size + 1) {
    s.seenTerm = new Int32Array(Math.max(vocabulary.size * 2, 1024));
    s.seenNegated = new Int32Array(s.seenTerm.length);
    s.serial = 0;
  }
  // At most one claim sentence per sentence span.
  const most = sentences.length / 2;
  if (s.spans.length < 2 * most) {
    s.spans = new Int32Array(4 * most);
    s.termStarts = new Int32Array(2 * most + 1);
    s.negatedStarts = new Int32Array(2 * most + 1);
    s.hedged = new Uint8Array(2 * most);
  }
  const { spans, termStarts, negatedStarts, hedged } = s;
  let termPool = s.termPool;
  let negatedPool = s.negatedPool;
  let count = 0;
  let termCount = 0;
  let negatedCount = 0;
  let w = 0;
  let m = 0;
  let h = 0;
  for (let sentence = 0; sentence < sentences.length; sentence += 2) {
    const spanStart = sentences[sentence];
    const spanEnd = sentences[sentence + 1];
    // Mentions, hedges and words are sorted, and so are sentences: one forward pass each.
    while (m < mentions.count && mentions.starts[m] < spanStart) m++;
    let mEnd = m;
    while (mEnd < mentions.count && mentions.starts[mEnd] < spanEnd) mEnd++;
    while (h < hedgeStarts.length && hedgeStarts[h] < spanStart) h++;
    while (w < words.count && words.starts[w] < spanStart) w++;
    let wEnd = w;
    while (wEnd < words.count && words.starts[wEnd] < spanEnd) wEnd++;
    if (mEnd === m) {
      w = wEnd;
      continue;
    }
    s.serial++;
    s.n = 0;
    s.negatedN = 0;
    // The words outside entity mentions, each with whether a clause mark stands before it.
    if (s.clauseBefore.length < wEnd - w) {
      s.clauseBefore = new Uint8Array(2 * (wEnd - w));
      s.kept = new Int32Array(2 * (wEnd - w));
    }
    const kept = s.kept;
    const clauseBefore = s.clauseBefore;
    let keptCount = 0;
    let k = m;
    let clause = 0;
    for (let i = w; i < wEnd; i++) {
      if (words.clauseBefore[i]) clause = 1;
      while (k < mEnd && mentions.ends[k] <= words.starts[i]) k++;
      if (k < mEnd && mentions.starts[k] < words.ends[i] && words.starts[i] < mentions.ends[k]) continue;
      clauseBefore[keptCount] = clause;
      kept[keptCount++] = i;
      clause = 0;
    }
    // Index of the last negation cue still in reach.
    let cueAt = -Infinity;
    for (let i = 0; i < keptCount; i++) {
      const word = kept[i];
      const roles = words.roles[word];
      // A clause boundary ends the reach of a negation.
      if (i > 0 && clauseBefore[i]) cueAt = -Infinity;
      if (roles & (NEGATOR | NEGATIVE_PREDICATE)) {
        cueAt = i;
        if (roles & NEGATIVE_PREDICATE) negatePassive(words, kept, i, s);
        continue;
      }
      if (roles & NEGATIVE_QUANTIFIER) {
        if (i > 0) s.negate(words.terms[kept[i - 1]]);
        continue;
      }
      const term = words.terms[word];
      if (term >= 0) {
        s.addTerm(term);
        if (vocabulary.display[term] === undefined) vocabulary.display[term] = vocabulary.words[words.wordIds[word]];
        if (i - cueAt <= NEGATION_WINDOW) s.negate(term);
        // A content word takes the negation itself unless negation passes through it ("opted not to extend").
        if (!(roles & TRANSPARENT)) cueAt = -Infinity;
      }
      if (roles & BUT) cueAt = -Infinity;
    }
    // Entity terms: distinct entity numbers of the sentence's mentions.
    let n = s.n;
    const negatedN = s.negatedN;
    let entityCount = 0;
    for (let j = m; j < mEnd; j++) {
      const t = entityTerm(mentions.entityNumbers[j]);
      let dup = false;
      for (let x = 0; x < entityCount; x++) if (s.terms[n + x] === t) dup = true;
      if (dup) continue;
      if (n + entityCount >= s.terms.length) s.terms = grow(s.terms, n + entityCount + 1);
      s.terms[n + entityCount++] = t;
    }
    n += entityCount;
    w = wEnd;
    if (n < MIN_TERMS) continue;
    // Sorted, so that two sentences are compared by merging. Most sentences have a few dozen terms: sorted as they
    // are copied, without a view of the buffer made for each sentence (views are objects, and slow to make).
    if (termCount + n > termPool.length) termPool = s.termPool = grow(termPool, 2 * (termCount + n));
    const terms = s.terms;
    if (n > FEW_TERMS) {
      termPool.set(terms.subarray(0, n).sort(), termCount);
    } else {
      for (let k = 0; k < n; k++) {
        const t = terms[k];
        let at = termCount + k;
        while (at > termCount && termPool[at - 1] > t) {
          termPool[at] = termPool[at - 1];
          at--;
        }
        termPool[at] = t;
      }
    }
    termCount += n;
    termStarts[count + 1] = termCount;
    if (negatedCount + negatedN > negatedPool.length) negatedPool = s.negatedPool = grow(negatedPool, 2 * (negatedCount + negatedN));
    for (let k = 0; k < negatedN; k++) negatedPool[negatedCount + k] = s.negated[k];
    negatedCount += negatedN;
    negatedStarts[count + 1] = negatedCount;
    spans[2 * count] = spanStart;
    spans[2 * count + 1] = spanEnd;
    hedged[count] = h < hedgeStarts.length && hedgeStarts[h] < spanEnd ? 1 : 0;
    count++;
  }
  return {
    count,
    spans: spans.subarray(0, 2 * count),
    termStarts: termStarts.subarray(0, count + 1),
    terms: termPool.subarray(0, termCount),
    negatedStarts: negatedStarts.subarray(0, count + 1),
    negated: negatedPool.subarray(0, negatedCount),
    hedged: hedged.subarray(0, count),
  };
}

/** "congratulation may be avoided": a passive withholding verb negates the word before its auxiliaries. */
function negatePassive(words: ScannedWords, kept: Int32Array, at: number, s: Scratch): void {
  let i = at - 1;
  if (i < 0 || !(words.roles[kept[i]] & PASSIVE_AUXILIARY)) return;
  while (i >= 0 && words.roles[kept[i]] & TRANSPARENT) i--;
  if (i >= 0) s.negate(words.terms[kept[i]]);
}

/**
 * Sentence terms as the index keeps them: 16 bits each while every term fits (word ids below 32,768 and as many
 * entities), 32 once one does not.
 */
export type TermArray = Int16Array | Int32Array;

/** Two sentences' sorted terms: a[aFrom..aTo) and b[bFrom..bTo). */
export interface TermRanges {
  a: TermArray;
  aFrom: number;
  aTo: number;
  b: TermArray;
  bFrom: number;
  bTo: number;
}

/** The terms two sentences of one claim share: a named subject and two rarer words, or two participants and one. */
function enoughInCommon(entities: number, words: number): boolean {
  return entities >= 1 && words >= 1 && entities + words >= 3;
}

/**
 * Do two sentences state the same claim? They must share a named subject and at least two rarer words about
 * the event (or two participants and one such word); the score weighs shared terms by rarity (inverse sentence
 * frequency) against both sentences. Returns -1 when they do not match or score under `minScore`.
 * `shared`, when given, receives the shared terms (unordered).
 */
export function claimScore(r: TermRanges, idf: (term: number) => number, minScore: number, shared?: number[]): number {
  let sharedWeight = 0;
  let weightA = 0;
  let weightB = 0;
  let entities = 0;
  let words = 0;
  const x = r.a;
  const y = r.b;
  let i = r.aFrom;
  let j = r.bFrom;
  const xEnd = r.aTo;
  const yEnd = r.bTo;
  while (i < xEnd && j < yEnd) {
    const p = x[i];
    const q = y[j];
    if (p < q) {
      weightA += idf(p);
      i++;
    } else if (q < p) {
      weightB += idf(q);
      j++;
    } else {
      const wt = idf(p);
      weightA += wt;
      weightB += wt;
      sharedWeight += wt;
      shared?.push(p);
      if (p < 0) entities++;
      else if (wt >= MIN_WORD_IDF) words++;
      i++;
      j++;
    }
  }
  if (!enoughInCommon(entities, words)) return -1;
  while (i < xEnd) weightA += idf(x[i++]);
  while (j < yEnd) weightB += idf(y[j++]);
  // Shared weight against both sentences: a long sentence that mentions everything matches nothing in particular.
  const score = sharedWeight / Math.sqrt(Math.max(weightA * weightB, 1e-9));
  return score < minScore ? -1 : score;
}

/** A sentence compared with many others: its sorted terms, their rarity weights in the same order, and the weights' sum in that order. */
export interface WeighedTerms {
  terms: TermArray;
  from: number;
  to: number;
  weights: Float64Array;
  total: number;
}

/**
 * claimScore of `a` (weighed once for all its comparisons) against b[bFrom..bTo): the same score, with a's weights
 * read instead of worked out again for every sentence it is compared with.
 */
export function claimScoreOf(a: WeighedTerms, b: TermArray, bFrom: number, bTo: number, idf: (term: number) => number, minScore: number): number {
  let sharedWeight = 0;
  let weightB = 0;
  let entities = 0;
  let words = 0;
  const x = a.terms;
  const weights = a.weights;
  const aFrom = a.from;
  let i = aFrom;
  let j = bFrom;
  const xEnd = a.to;
  while (i < xEnd && j < bTo) {
    const p = x[i];
    const q = b[j];
    if (p < q) {
      i++;
    } else if (q < p) {
      weightB += idf(q);
      j++;
    } else {
      const wt = weights[i - aFrom];
      weightB += wt;
      sharedWeight += wt;
      if (p < 0) entities++;
      else if (wt >= MIN_WORD_IDF) words++;
      i++;
      j++;
    }
  }
  if (!enoughInCommon(entities, words)) return -1;
  while (j < bTo) weightB += idf(b[j++]);
  const score = sharedWeight / Math.sqrt(Math.max(a.total * weightB, 1e-9));
  return score < minScore ? -1 : score;
}

/** Does the sorted range hold the term? */
export function rangeHas(terms: TermArray, from: number, to: number, term: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = terms[mid];
    if (v === term) return true;
    if (v < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
