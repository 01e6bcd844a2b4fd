// What the cross-source index reads of an analysed document, as numbers and names: made from the text and its analysis alone, so on any thread, and cheap to send from one thread to another.
import type { Analysis, EntityMentionKind, EntityType, QuoteKind, Span } from '../types';
import { splitSentences } from './sentences';

/**
 * A document's analysis as the index reads it. An Analysis sent between threads is rebuilt object by object (at
 * 10,000 articles about a quarter of a millisecond each, on the indexing thread); this is a few arrays, and the
 * work it holds (sentences, mention order, the parts whose words are read) is done where it was made.
 */
export interface PreparedDocument {
  /** Tells a prepared document from an Analysis. */
  readonly prepared: true;
  textLength: number;
  /** The distinct written names of each entity, its name first: entity i's are names[nameStarts[i] .. nameStarts[i + 1]). */
  names: string[];
  nameStarts: Int32Array;
  /** Each entity's type, as its place in ENTITY_TYPES. */
  entityTypes: Int32Array;
  /** Mentions, demonyms aside, as start, end, entity index, kind index (in MENTION_KINDS), sorted by start (ties in entity order). */
  mentions: Int32Array;
  /** Every quote of the analysis, in its order: PREPARED_QUOTE_FIELDS numbers, then its parts as start, end pairs. */
  quotes: Int32Array;
  /** Where quote i's numbers start in `quotes`; one more for the end. */
  quoteAt: Int32Array;
  /** The speaker's name of each quote, when the analysis gives one. */
  speakerNames: (string | null)[];
  /** Hedges' starts, sorted. */
  hedgeStarts: Int32Array;
  /** The sentences that may state a claim (headings left out), as start, end pairs. */
  sentences: Int32Array;
  /** The parts of the text whose words claims and quotes compare: start, end pairs, sorted and apart. */
  partsToRead: Int32Array;
}

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'org', 'place'];
export const MENTION_KINDS: readonly EntityMentionKind[] = ['name', 'alias', 'role', 'pronoun'];
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'reported'];

/** A prepared quote's numbers: its span, its kind's place in QUOTE_KINDS, 1 + its speaker's entity index (0 for none), its parts. */
export const PREPARED_QUOTE_START = 0;
export const PREPARED_QUOTE_END = 1;
export const PREPARED_QUOTE_KIND = 2;
export const PREPARED_QUOTE_SPEAKER = 3;
export const PREPARED_QUOTE_PARTS = 4;
export const PREPARED_QUOTE_FIELDS = 5;

/** Mention counts below this are sorted by one number each (start and index). */
const MENTION_ORDER = 1 << 20;

export function isPrepared(analysis: Analysis | PreparedDocument): analysis is PreparedDocument {
  return (analysis as Partial<PreparedDocument>).prepared === true;
}

/** What the index reads of `text` and its analysis. */
export function prepareDocument(text: string, analysis: Analysis): PreparedDocument {
  // Mentions sorted by start (ties in entity order).
  const flat: number[] = [];
  analysis.entities.forEach((e, i) => {
    for (const m of e.mentions) if (m.kind !== 'demonym') flat.push(m.start, m.end, i, MENTION_KINDS.indexOf(m.kind));
  });
  const count = flat.length / 4;
  const order = mentionOrder(flat, count);
  // A heading ("Russia’s Position on U.S.-Russia Relations") states no claim: only sentences are compared.
  const sentenceSpans = splitSentences(text).filter((span) => !isHeading(text, span));
  const parts = partsToRead(sentenceSpans, flat, order, analysis.quotes);
  let quoteNumbers = 0;
  for (const q of analysis.quotes) quoteNumbers += PREPARED_QUOTE_FIELDS + 2 * q.parts.length;

  // The numbers in one array, each kind a view of it: one allocation, and one buffer to copy between threads.
  const entityCount = analysis.entities.length;
  const quoteCount = analysis.quotes.length;
  const all = new Int32Array(entityCount + 1 + entityCount + 4 * count + quoteCount + 1 + quoteNumbers + analysis.hedges.length + 2 * sentenceSpans.length + parts.length);
  let used = 0;
  const take = (length: number): Int32Array => all.subarray(used, (used += length));
  const nameStarts = take(entityCount + 1);
  const entityTypes = take(entityCount);
  const mentions = take(4 * count);
  const quoteAt = take(quoteCount + 1);
  const quotes = take(quoteNumbers);
  const hedgeStarts = take(analysis.hedges.length);
  const sentences = take(2 * sentenceSpans.length);
  const partsToReadAt = take(parts.length);

  // Distinct forms only, in the order they first come: that is all linking looks at, and a name may be repeated
  // dozens of times (an entity has a few distinct forms: looked for among them, without a set for each).
  const names: string[] = [];
  analysis.entities.forEach((e, i) => {
    const first = names.length;
    names.push(e.name);
    for (const m of e.mentions) {
      if (m.kind !== 'name' && m.kind !== 'alias') continue;
      let k = first;
      while (k < names.length && names[k] !== m.text) k++;
      if (k === names.length) names.push(m.text);
    }
    nameStarts[i + 1] = names.length;
    entityTypes[i] = ENTITY_TYPES.indexOf(e.type);
  });
  for (let i = 0; i < count; i++) for (let k = 0; k < 4; k++) mentions[4 * i + k] = flat[4 * order[i] + k];

  let at = 0;
  analysis.quotes.forEach((q, i) => {
    const speakerId = q.speaker?.entityId;
    const speakerIndex = speakerId ? entityIndexOf(analysis.entities, speakerId) : undefined;
    quotes[at + PREPARED_QUOTE_START] = q.start;
    quotes[at + PREPARED_QUOTE_END] = q.end;
    quotes[at + PREPARED_QUOTE_KIND] = QUOTE_KINDS.indexOf(q.kind);
    quotes[at + PREPARED_QUOTE_SPEAKER] = speakerIndex === undefined ? 0 : speakerIndex + 1;
    quotes[at + PREPARED_QUOTE_PARTS] = q.parts.length;
    q.parts.forEach((p, k) => {
      quotes[at + PREPARED_QUOTE_FIELDS + 2 * k] = p.start;
      quotes[at + PREPARED_QUOTE_FIELDS + 2 * k + 1] = p.end;
    });
    at += PREPARED_QUOTE_FIELDS + 2 * q.parts.length;
    quoteAt[i + 1] = at;
  });
  analysis.hedges.forEach((h, i) => (hedgeStarts[i] = h.start));
  hedgeStarts.sort();
  sentenceSpans.forEach((s, i) => {
    sentences[2 * i] = s.start;
    sentences[2 * i + 1] = s.end;
  });
  partsToReadAt.set(parts);
  return {
    prepared: true,
    textLength: analysis.textLength,
    names,
    nameStarts,
    entityTypes,
    mentions,
    quotes,
    quoteAt,
    speakerNames: analysis.quotes.map((q) => q.speaker?.name ?? null),
    hedgeStarts,
    sentences,
    partsToRead: partsToReadAt,
  };
}

/**
 * The index of the entity with this id (the last, should two share it), or undefined. A document has a few dozen
 * entities and a few quotes: a look along them costs less than a map of them made for each document.
 */
function entityIndexOf(entities: readonly { id: string }[], id: string): number | undefined {
  for (let e = entities.length - 1; e >= 0; e--) if (entities[e].id === id) return e;
  return undefined;
}

/**
 * Mention indices sorted by start, ties in entity order. Sorted as start * MENTION_ORDER + index, a numeric sort of
 * plain numbers, when the indices fit below MENTION_ORDER; a document with more mentions is sorted by comparison.
 */
function mentionOrder(flat: readonly number[], count: number): number[] {
  if (count >= MENTION_ORDER) return Array.from({ length: count }, (_, i) => i).sort((a, b) => flat[4 * a] - flat[4 * b] || a - b);
  // Sorted in a buffer kept from one document to the next (a typed array is slow to make).
  if (orderKeys.length < count) orderKeys = new Float64Array(2 * count);
  const keys = orderKeys.subarray(0, count);
  for (let i = 0; i < count; i++) keys[i] = flat[4 * i] * MENTION_ORDER + i;
  keys.sort();
  const order: number[] = new Array<number>(count);
  for (let i = 0; i < count; i++) order[i] = keys[i] % MENTION_ORDER;
  return order;
}
let orderKeys = new Float64Array(256);

/**
 * Words are read where claims and quotes need them: sentences with a mention in them (the mentions' four numbers
 * each in `flat`, in `order` by start), and quote parts. Sorted start, end pairs without overlaps.
 */
function partsToRead(sentences: readonly Span[], flat: readonly number[], order: readonly number[], quotes: readonly { parts: readonly Span[] }[]): number[] {
  const spans: Span[] = [];
  const count = order.length;
  let m = 0;
  for (const s of sentences) {
    while (m < count && flat[4 * order[m]] < s.start) m++;
    if (m < count && flat[4 * order[m]] < s.end) spans.push(s);
  }
  for (const q of quotes) for (const p of q.parts) spans.push(p);
  spans.sort((a, b) => a.start - b.start);
  const out: number[] = [];
  for (const s of spans) {
    const last = out.length - 1;
    if (last > 0 && s.start <= out[last]) out[last] = Math.max(out[last], s.end);
    else out.push(s.start, s.end);
  }
  return out;
}

/**
 * A line in title case that ends with no sentence mark: most of its words of three letters or more are capitalised.
 * Linear in the span; only spans that end in a letter or a digit are read.
 */
function isHeading(text: string, span: Span): boolean {
  const last = text.charCodeAt(span.end - 1);
  const endsInWord = isAsciiLetter(last) || (last >= 0x30 && last <= 0x39);
  if (!endsInWord || span.end - span.start > 200) return false;
  let words = 0;
  let capitalised = 0;
  for (let i = span.start; i < span.end; ) {
    while (i < span.end && !isAsciiLetter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < span.end && isAsciiLetter(text.charCodeAt(i))) i++;
    if (i - start < 3) continue;
    words++;
    const c = text.charCodeAt(start);
    if (c >= 0x41 && c <= 0x5a) capitalised++;
  }
  return words >= 2 && capitalised * 4 >= words * 3;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}
