// CrossSourceIndex: one story across many articles — the same entities, quotes and claims, and where sources disagree.
import { analyze } from '../analyze';
import { formatOfPath } from '../text/markdown';
import type { Analysis, AnalyzeOptions, ConfirmedEntity, EntityMentionKind, EntityType, QuoteKind, Span, TextFormat } from '../types';
import { addOnce, claimScore, claimScoreOf, entityOfTerm, entityTerm, rangeHas, readDocSentences, removeFrom, type ClaimGroupState, type MentionList, type TermArray, type TermRanges, type WeighedTerms } from './claimGroups';
import { DocumentText, ownString } from './documentText';
import { ENTITY_TYPES, isPrepared, MENTION_KINDS, prepareDocument, PREPARED_QUOTE_END, PREPARED_QUOTE_FIELDS, PREPARED_QUOTE_KIND, PREPARED_QUOTE_PARTS, PREPARED_QUOTE_SPEAKER, PREPARED_QUOTE_START, QUOTE_KINDS, type PreparedDocument } from './preparedDocument';
import { EntityLinker, type LinkableEntity } from './entityLinker';
import { matchQuotes, quoteRecord, VERBATIM_SCORE, wordingDifference, type QuoteRecord, type QuoteRelation, type QuoteWords, type StoredNumbers, type WordText } from './quoteGroups';
import { IdPostingIndex } from './postings';
import { afterListMarker } from './sentences';
import { ViewCache } from './viewCache';
import { allocate, grow } from './growable';
import { Slabs } from './slabs';
import { Vocabulary, type ScannedWords } from './vocabulary';

export { EntityLinker, type LinkedEntity, type LinkableEntity } from './entityLinker';
export { prepareDocument, type PreparedDocument } from './preparedDocument';
export type { QuoteRelation } from './quoteGroups';

/** A span in one document of the index. */
export interface SourceSpan extends Span {
  docId: string;
}

export interface EntityGroup {
  /** Stable while the index lives (an entity keeps its id as documents come and go). */
  id: string;
  /** The fullest name seen across sources, or the confirmed name. */
  name: string;
  type: EntityType;
  /** Every name form seen across sources ("Vladimir Putin", "Putin", "President Putin"). */
  aliases: string[];
  /** True when the name comes from a confirmed registry (sidecar). */
  confirmed: boolean;
  /** The documents that mention the entity, with the mentions in each. */
  documents: { docId: string; mentions: readonly (Span & { kind: EntityMentionKind })[] }[];
  mentionCount: number;
}

export interface QuoteMember extends SourceSpan {
  /** Index into that document's Analysis.quotes. */
  quoteIndex: number;
  kind: QuoteKind;
  /** The words as this source gives them. */
  text: string;
  speaker: string | null;
  /** How this wording relates to the group's leading quote (the leader itself is 'verbatim'). */
  relation: QuoteRelation;
  /** Words this source has that the leading quote lacks, and the reverse. */
  differences: { added: string[]; missing: string[] };
}

export interface QuoteGroup {
  id: string;
  /** The speaker's name when the sources agree on one. */
  speaker: string | null;
  speakerEntityId: string | null;
  /** The leading wording (the fullest verbatim quote). */
  text: string;
  members: QuoteMember[];
  /** Distinct documents, in index order. */
  documents: string[];
}

export interface ClaimMember extends SourceSpan {
  /** The sentence as written (cut to a display length). */
  text: string;
  /** 'negative' when the source negates or withholds the claim ("has opted not to extend congratulations"). */
  polarity: 'positive' | 'negative';
  /** The source hedges the sentence ("may", "reportedly"). */
  hedged: boolean;
}

export interface ClaimGroup {
  id: string;
  /** A readable wording of the claim: the plainest supporting sentence. */
  label: string;
  /** The shared terms the grouping rests on, rarest first; entity terms as their names ("Vladimir Putin", "congratulate"). */
  terms: string[];
  /** Entity ids of the claim's subject and participants. */
  entityIds: string[];
  members: ClaimMember[];
  /** Documents that state the claim. */
  supporting: string[];
  /** Documents that deny or withhold it (a negation of the claim's key word, not hedged). */
  contradicting: string[];
}

/** What is at a place in a document, and where the other sources have the same. */
export interface CrossReference {
  kind: 'entity' | 'quote' | 'claim';
  groupId: string;
  /** Entity name, quote wording, or claim label. */
  label: string;
  /** The span at the queried place. */
  span: Span;
  /** For claims: the polarity here, so a hover can say "contradicted by …". */
  polarity?: 'positive' | 'negative';
  /** The same entity, quote or claim in other documents (never the queried document). */
  others: (SourceSpan & { text?: string; polarity?: 'positive' | 'negative' })[];
}

export interface CrossSourceIndexOptions {
  /** The analyzer; defaults to the core analyze(). Pass one with a cache to reuse analyses the editor already has. */
  analyze?: (text: string, options: AnalyzeOptions) => Analysis;
  /** Confirmed entities from the sidecars: their names and aliases win. */
  registry?: readonly ConfirmedEntity[];
  /** Passed to the analyzer (maxLength etc.). */
  analyzeOptions?: AnalyzeOptions;
  /** How each document is written; by default its id's file name says (".md": Markdown, read as the prose it renders). */
  formatOf?: (docId: string) => TextFormat;
  /** How close (0..1, rarity-weighted share of the smaller sentence) two sentences must be to state one claim. */
  claimSimilarity?: number;
}

/** A document to index: its text (or a way to read it), and optionally an analysis already made (or what the index reads of it). */
export interface IndexInput {
  id: string;
  text: string | (() => string | Promise<string>);
  analysis?: Analysis | PreparedDocument;
}

export interface BuildOptions {
  /** Cancels between documents; an AbortSignal fits. */
  signal?: { readonly aborted: boolean };
  /** Cancels between documents when it returns true (for callers without AbortSignal). */
  shouldCancel?: () => boolean;
  /** Called after each document (and once at the start with done = 0). `total` is undefined for unsized inputs. */
  onProgress?: (progress: { done: number; total: number | undefined; docId: string | undefined }) => void;
  /** Let other work run every this many milliseconds (default 50); 0 never yields. */
  yieldEveryMs?: number;
  /** A document that cannot be read or analysed is reported here and skipped (default: the build stops). */
  onError?: (docId: string, error: unknown) => void;
}

export interface BuildResult {
  indexed: number;
  failed: number;
  cancelled: boolean;
}

/** What the index keeps of one document: spans, ids and terms in flat arrays, and its text for snippets and setRegistry. */
interface DocRecord {
  id: string;
  text: DocumentText;
  /**
   * The document's numbers in one array: mentions (demonyms aside) as start, end, entity index, kind index, four
   * each, sorted by start; then for each analysed entity where its names start in `entityNames` (and one more
   * for the end); then each entity's type index; then for each quote QUOTE_FIELDS numbers (span, index, where its
   * words are), its terms, its word ids and its parts' spans. All are offsets, counts and ids, none negative: in
   * 16 bits each when the largest fits (most articles are shorter than 65,536 characters, most workspaces have fewer
   * words), else 32.
   */
  numbers: StoredNumbers;
  mentionCount: number;
  entityCount: number;
  /** What linking read of each analysed entity (its name, then its written forms), to take the links back. */
  entityNames: string[];
  entityIds: string[];
  quotes: IndexedQuote[];
  /** Its place in docsBySlot while indexed. */
  slot: number;
  /** Id of the first claim sentence; the document's sentences have consecutive ids. */
  firstSentence: number;
  sentenceCount: number;
  /** How much of the term pool its sentences take (terms and negated terms). */
  poolLength: number;
}

/** Where a quote's numbers are, from its place in its document's numbers; its terms follow them. */
const QUOTE_START = 0;
const QUOTE_END = 1;
const QUOTE_INDEX = 2;
const QUOTE_PARTS = 3;
const QUOTE_WORDS_FROM = 4;
const QUOTE_WORDS_TO = 5;
const QUOTE_WORDING_LENGTH = 6;
/** Its kind's place in QUOTE_KINDS. */
const QUOTE_KIND = 7;
const QUOTE_FIELDS = 8;

/**
 * A quote in the index: its document and where its numbers are in the document's (span, index, words, terms,
 * parts), its group, and how its wording relates to the group's leader. Its numbers are read from the document's
 * array, so that the index's many quotes are small objects; but for its speaker's entity, which every comparison
 * with another quote reads first (through the document's numbers and entity ids, it cost a few reads from memory
 * for each candidate).
 */
class IndexedQuote implements QuoteRecord {
  group: QuoteGroupState | null = null;
  relation: QuoteRelation = 'verbatim';

  constructor(
    readonly doc: DocRecord,
    /** Where the quote's numbers start in doc.numbers. */
    private readonly at: number,
    readonly speakerName: string | null,
    /** The linked entity of the speaker, when the analysis names one. */
    readonly speakerId: string | null,
  ) {}

  get kind(): QuoteKind {
    return QUOTE_KINDS[this.doc.numbers[this.at + QUOTE_KIND]];
  }

  get docId(): string {
    return this.doc.id;
  }

  get start(): number {
    return this.doc.numbers[this.at + QUOTE_START];
  }

  get end(): number {
    return this.doc.numbers[this.at + QUOTE_END];
  }

  get quoteIndex(): number {
    return this.doc.numbers[this.at + QUOTE_INDEX];
  }

  get words(): StoredNumbers {
    return this.doc.numbers;
  }

  get wordsFrom(): number {
    return this.doc.numbers[this.at + QUOTE_WORDS_FROM];
  }

  get wordsTo(): number {
    return this.doc.numbers[this.at + QUOTE_WORDS_TO];
  }

  get wordingLength(): number {
    return this.doc.numbers[this.at + QUOTE_WORDING_LENGTH];
  }

  get terms(): StoredNumbers {
    return this.doc.numbers;
  }

  get termsFrom(): number {
    return this.at + QUOTE_FIELDS;
  }

  get termsTo(): number {
    return this.wordsFrom;
  }

  /** The parts' start, end pairs follow the words. */
  get partsAt(): number {
    return this.wordsTo;
  }

  get partCount(): number {
    return this.doc.numbers[this.at + QUOTE_PARTS];
  }
}

interface QuoteGroupState {
  id: string;
  /** The group's number in the index's lists while it lives; numbers of groups gone are given to new ones. */
  serial: number;
  leader: IndexedQuote;
  members: IndexedQuote[];
}

/** The documents that mention one entity, with how many mentions each. */
interface EntityDocuments {
  docs: DocRecord[];
  counts: number[];
  /** The entity's number, for claim terms (given when a document first mentions it, free again when none does). */
  number: number;
}

/** Linking reads `forms`; one shared empty alias list for all (and form list, for entities written one way). */
const NO_ALIASES: string[] = [];

/**
 * Moves array[at, end) one place up (to at + 1 .. end), as copyWithin(at + 1, at, end) does: for the few items of
 * a ranking kept in order, where the call into the runtime cost more than the move.
 */
function shiftUp(array: Int32Array, at: number, end: number): void {
  for (let k = end; k > at; k--) array[k] = array[k - 1];
}

/** Terms in more sentences than this share of the index are not used to find candidate claims (cost stays flat). */
const CANDIDATE_MAX_SHARE = 0.05;
const CANDIDATE_MIN_DF = 50;
const DEFAULT_CLAIM_SIMILARITY = 0.25;
/** How many of a sentence's rarest terms are probed for candidate sentences, and how many listed sentences are read in all. */
const CANDIDATE_TERMS = 8;
const POSTINGS_BUDGET = 200;
/** Terms in more items than this are not listed for candidate search (memory and removal cost stay bounded). */
const POSTINGS_CAP = 1000;
/** Terms a sentence is listed under for later candidate search. */
const POSTED_TERMS = 6;
/** Candidates scored in full, those sharing most probe terms first. */
const MAX_CANDIDATES = 12;
/** Members sampled to find a large group's key terms. */
const KEY_SAMPLE = 10;
/** Longest claim sentence shown. */
const SNIPPET_LENGTH = 240;
/** Further groups one sentence may join through its next-best matches. */
const MAX_EXTRA_LINKS = 1;
/** What one sentence's placing can rest on: its best match and the runners-up it linked through. */
const CLAIM_RESTS = 1 + MAX_EXTRA_LINKS;
const EXTRA_LINK_RATIO = 0.8;
const EXTRA_LINK_MARGIN = 0.05;
const DEFAULT_YIELD_MS = 50;
/** Below these many sentence ids and document slots, those of removed documents are left where they are. */
const COMPACT_MIN_SENTENCES = 1 << 12;
const COMPACT_MIN_SLOTS = 1 << 8;
/** ln(df + 1) for small df: rarity weights are read for every term of every comparison. */
const LOG_TABLE = Float64Array.from({ length: 4096 }, (_, df) => Math.log(df + 1));
/** Quote candidates: fewer probe terms and shorter lists than claims (quotes are fewer and more literal). */
const QUOTE_PROBE_TERMS = 8;
const QUOTE_MAX_POSTINGS = 60;
/** Distinct names kept in one copy each before the copies are forgotten (and made again as documents come). */
const KEPT_NAMES_LIMIT = 100_000;
const SHORT_NAME = 13;
/** Claim and quote group views kept for callers that ask again (hovers, lookups). */
const VIEW_CACHE_SIZE = 512;

/**
 * The cross-source index of a workspace. Documents are added, changed and removed one at a time (a changed
 * document is re-analysed alone); entity, quote and claim groups are kept up to date as that happens, so
 * lookups stay cheap. Keeps each document's text (for display snippets) and, of its analysis, only spans,
 * integer terms and links, in flat arrays.
 */
export class CrossSourceIndex {
  private readonly docs = new Map<string, DocRecord>();
  private linker: EntityLinker;
  /** Entity ids come from the index, not the linker: a linker made for a new registry does not give old ids again. */
  private nextEntity = 0;
  private readonly newEntityId = (): string => `e${this.nextEntity++}`;
  private readonly analyzeText: (text: string, options: AnalyzeOptions) => Analysis;
  private readonly formatOf: (docId: string) => TextFormat;
  private readonly analyzeOptions: AnalyzeOptions;
  private readonly claimSimilarity: number;
  private registry: readonly ConfirmedEntity[];
  private readonly vocabulary = new Vocabulary();
  /** The documents' texts and numbers. */
  private slabs = new Slabs();
  /** Names of entities and speakers, one copy each (see keptName). */
  private readonly keptNames = new Map<string, string>();
  private readonly wordText = (word: number): string => this.vocabulary.words[word];
  private readonly wordLength = (word: number): number => this.vocabulary.wordLength(word);

  /** Per entity id: the documents that mention it, with how many mentions each, and its number. */
  private readonly entityDocs = new Map<string, EntityDocuments>();
  /** Entity ids by number (entity ids as small numbers, for claim terms). */
  private readonly entityIdsByNumber: string[] = [];
  /** Numbers of entities no document mentions any more, for new entities (their frequencies are back to 0). */
  private readonly freeEntityNumbers: number[] = [];

  private readonly quoteGroups = new Set<QuoteGroupState>();
  /** Groups by the terms of their leading quote, as group serials; the groups by serial. */
  private readonly quoteLeadersByTerm = new IdPostingIndex(POSTINGS_CAP);
  private readonly quoteGroupsBySerial: (QuoteGroupState | undefined)[] = [];
  /** Candidate search scratch: probe terms shared with the quote being placed (at most QUOTE_PROBE_TERMS), by group serial. */
  private quoteHits = new Uint8Array(1024);
  private readonly quoteProbe = new Int32Array(QUOTE_PROBE_TERMS);
  private readonly quoteProbeCounts = new Int32Array(QUOTE_PROBE_TERMS);
  private readonly quoteTouched = new Int32Array(QUOTE_PROBE_TERMS * QUOTE_MAX_POSTINGS);
  private readonly quoteFound = new Int32Array(MAX_CANDIDATES);
  /** Serials of groups gone, for new groups; quote group ids come from their own counter and are not given twice. */
  private readonly freeQuoteSerials: number[] = [];
  private nextQuoteId = 0;

  /** Groups of two or more sentences; a sentence like no other is in none. */
  private readonly claimGroups = new Map<string, ClaimGroupState>();
  /** By sentence id: the slot of its document in docsBySlot (documents get a new slot each time they are read). */
  private sentenceSlot = new Int32Array(1024);
  private readonly docsBySlot: (DocRecord | undefined)[] = [];
  /** By sentence id: the group it joined (or that others joined through it). */
  private claimGroupOf: (ClaimGroupState | undefined)[] = [];
  /**
   * Every sentence's sorted terms, one after another: sentence id -> termPool[sentenceTermsFrom .. sentenceTermsTo).
   * Candidate scoring reads them without going through documents; removed documents leave garbage that is
   * squeezed out when it grows to half the pool.
   */
  private termPool: TermArray = new Int16Array(1 << 16);
  private termPoolLength = 0;
  private termPoolGarbage = 0;
  private sentenceTermsFrom = new Int32Array(1024);
  private sentenceTermsTo = new Int32Array(1024);
  /** A sentence's negated terms follow its terms in the pool, up to here. */
  private sentenceNegatedTo = new Int32Array(1024);
  private sentenceStart = new Int32Array(1024);
  private sentenceEnd = new Int32Array(1024);
  private sentenceHedged = new Uint8Array(1024);
  /** Further memberships a sentence made when placed: itself in others' groups, and others in its own. */
  private readonly claimLinksOf = new Map<number, [number, ClaimGroupState][]>();
  /** The groups a sentence was linked into besides its own. */
  private readonly extraClaimGroupsOf = new Map<number, ClaimGroupState[]>();
  /**
   * By sentence id, CLAIM_RESTS numbers each: the sentences it matched when placed (the best, then those it linked
   * through) as id + 1, 0 after the last. Its groups rest on them. A sentence only matches sentences of documents
   * indexed before its own, so what rests on a document's sentences has larger ids and is found in one pass.
   */
  private claimRests = new Int32Array(CLAIM_RESTS * 1024);
  /** Scratch of claimDependents: 1 for the sentences found so far, by id. */
  private restsOnGone = new Uint8Array(1024);
  private readonly sentencesByTerm = new IdPostingIndex(POSTINGS_CAP);
  /** The views of the groups asked for last (not of every group a listing made: a caller keeps those it wants). */
  private readonly claimViews = new ViewCache<ClaimGroupState, ClaimGroupView>(VIEW_CACHE_SIZE);
  private readonly quoteViews = new ViewCache<QuoteGroupState, { version: number; view: QuoteGroupView }>(VIEW_CACHE_SIZE);
  /** Counts changes to the index (documents added, changed, removed; the registry replaced). */
  private version = 0;
  private readonly entityViews = new ViewCache<string, EntityGroup>(VIEW_CACHE_SIZE);
  private entityViewsVersion = 0;
  /** Sentence frequency of word terms (by vocabulary id) and of entity terms (by entity number). */
  private wordFrequency = new Int32Array(1024);
  private entityFrequency = new Int32Array(1024);
  private sentenceCount = 0;
  private logSentenceCount = 0;
  private nextSentence = 0;
  private nextClaimGroup = 0;
  /**
   * Candidate search scratch: shared probe terms per sentence id (at most CANDIDATE_TERMS), and the ids touched.
   * A byte each, in a buffer of its own: it is read at random for every posting, and a quarter of the size stays
   * in the processor's cache.
   */
  private hitCount = new Uint8Array(1024);
  private rarityOrder = new Int32Array(256);
  private readonly candidates = new Int32Array(MAX_CANDIDATES);
  private readonly matched = new Int32Array(MAX_EXTRA_LINKS + 1);
  private readonly matchScores = new Float64Array(MAX_EXTRA_LINKS + 1);
  private rarityFrequency = new Int32Array(256);
  private touched = new Int32Array(1024);
  private readonly pair: TermRanges = { a: new Int32Array(0), aFrom: 0, aTo: 0, b: new Int32Array(0), bFrom: 0, bTo: 0 };
  /** Buffers readDocument reuses from one document to the next: what it reads is copied out of them. */
  private readonly readScratch = {
    numbers: new Int32Array(4096),
    entities: new Int32Array(64),
    entityMentions: new Int32Array(64),
    entityNumbers: new Int32Array(64),
    mentions: { count: 0, starts: new Int32Array(256), ends: new Int32Array(256), entityNumbers: new Int32Array(256) } as MentionList,
  };
  /** The words of the quotes readDocument is reading. */
  private readonly quoteWords = new QuoteWordReader();
  /** The sentence placeSentence is placing, weighed. */
  private readonly placed: WeighedTerms = { terms: new Int32Array(0), from: 0, to: 0, weights: new Float64Array(256), total: 0 };

  constructor(options: CrossSourceIndexOptions = {}) {
    this.analyzeText = options.analyze ?? analyze;
    this.formatOf = options.formatOf ?? formatOfPath;
    this.registry = options.registry ?? [];
    this.analyzeOptions = { ...options.analyzeOptions, registry: this.registry };
    this.claimSimilarity = options.claimSimilarity ?? DEFAULT_CLAIM_SIMILARITY;
    this.linker = this.newLinker();
  }

  /** Ids of the indexed documents. */
  documentIds(): string[] {
    return [...this.docs.keys()];
  }

  has(docId: string): boolean {
    return this.docs.has(docId);
  }

  get size(): number {
    return this.docs.size;
  }

  /** The options this index analyses `docId` with: an analysis made elsewhere (on a worker thread) must use them. */
  analysisOptionsFor(docId: string): AnalyzeOptions {
    return { ...this.analyzeOptions, format: this.formatOf(docId) };
  }

  /**
   * Adds or replaces one document. Analyses `text` unless `analysis` (of exactly this text, or what the index reads
   * of it: prepareDocument) is given. Only this document is re-analysed; the groups it belonged to are updated in place.
   */
  update(docId: string, text: string, analysis?: Analysis | PreparedDocument): void {
    const given = analysis && analysis.textLength === text.length ? analysis : this.analyzeText(text, { ...this.analyzeOptions, format: this.formatOf(docId) });
    const prepared = isPrepared(given) ? given : prepareDocument(text, given);
    if (this.docs.has(docId)) this.remove(docId);
    this.changed();
    const record = this.readDocument(docId, text, prepared);
    this.docs.set(docId, record);
    for (const q of record.quotes) this.placeQuote(q);
    this.addSentenceFrequency(record, 1);
    for (let i = 0; i < record.sentenceCount; i++) this.placeSentence(record.firstSentence + i);
  }

  /**
   * Drops a document and its part in every group; the sentences whose claim groups rested on it are placed again.
   * Quotes and claims of other documents placed while it was there stay where they were: a quote's candidates are
   * the groups present when it was read, so after many updates the groups may differ a little from those of a new
   * index (a rebuild regroups everything). Returns false when it was not indexed.
   */
  remove(docId: string): boolean {
    const record = this.docs.get(docId);
    if (!record) return false;
    this.docs.delete(docId);
    this.changed();
    record.text.releaseInto(this.slabs);
    this.slabs.release(record.numbers);
    linkableEntities(record).forEach((e, i) => this.linker.unlink(record.entityIds[i], e));
    // The numbers of the entities no document mentions any more.
    const gone: number[] = [];
    for (const id of new Set(record.entityIds)) {
      const byDoc = this.entityDocs.get(id);
      const at = byDoc ? byDoc.docs.indexOf(record) : -1;
      if (!byDoc || at < 0) continue;
      byDoc.docs.splice(at, 1);
      byDoc.counts.splice(at, 1);
      if (!byDoc.docs.length) {
        this.entityDocs.delete(id);
        gone.push(byDoc.number);
      }
    }
    for (const q of record.quotes) this.unplaceQuote(q);
    const first = record.firstSentence;
    const end = first + record.sentenceCount;
    const dependents = this.claimDependents(first, end);
    for (let sid = first; sid < end; sid++) this.unplaceSentence(sid);
    for (const sid of dependents) this.unplaceClaim(sid);
    this.addSentenceFrequency(record, -1);
    for (const sid of dependents) this.placeSentence(sid, true);
    // An entity no document mentions is in no sentence's terms any more: its number can name another one.
    for (const n of gone) {
      this.entityIdsByNumber[n] = '';
      this.sentencesByTerm.forget(entityTerm(n));
      this.freeEntityNumbers.push(n);
    }
    this.docsBySlot[record.slot] = undefined;
    this.termPoolGarbage += record.poolLength;
    if (this.needsCompaction()) this.compact();
    if (this.slabs.needsCompaction()) this.compactSlabs();
    return true;
  }

  /** Empties the index, keeping its options. Ids given before are not given again. */
  clear(): void {
    if (this.docs.size) this.changed();
    this.reset();
    this.keptNames.clear();
  }

  /**
   * Replaces the confirmed registry (a sidecar changed) and re-analyses every document with it, in index order: the
   * analyzer recognises confirmed names, and entity links, quote speakers, claim terms and groups all rest on them.
   * Afterwards the index is what a new one built with this registry from the same texts would be, under new ids.
   * A document that can no longer be analysed is dropped, and the first such error is thrown once all are read.
   */
  setRegistry(registry: readonly ConfirmedEntity[]): void {
    const documents = [...this.docs.values()].map((d) => [d.id, d.text] as const);
    this.registry = registry;
    this.analyzeOptions.registry = registry;
    this.changed();
    this.reset();
    let failure: { error: unknown } | undefined;
    for (const [id, text] of documents) {
      try {
        this.update(id, text.toString());
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }

  /** Counts a change; entity and quote views are made afresh after one, so those kept are let go at once. */
  private changed(): void {
    this.version++;
    this.entityViews.clear();
    this.quoteViews.clear();
  }

  /** Forgets every document and group; the id counters go on, so no id is given twice in the index's life. */
  private reset(): void {
    this.docs.clear();
    this.slabs = new Slabs();
    this.linker = this.newLinker();
    this.entityDocs.clear();
    this.entityIdsByNumber.length = 0;
    this.freeEntityNumbers.length = 0;
    this.quoteGroups.clear();
    this.quoteLeadersByTerm.clear();
    this.quoteGroupsBySerial.length = 0;
    this.freeQuoteSerials.length = 0;
    this.claimGroups.clear();
    this.claimViews.clear();
    this.quoteViews.clear();
    this.docsBySlot.length = 0;
    this.claimGroupOf.length = 0;
    this.termPoolLength = 0;
    this.termPoolGarbage = 0;
    this.claimLinksOf.clear();
    this.extraClaimGroupsOf.clear();
    this.claimRests.fill(0);
    this.sentencesByTerm.clear();
    this.entityViews.clear();
    this.wordFrequency.fill(0);
    this.entityFrequency.fill(0);
    this.sentenceCount = 0;
    this.logSentenceCount = 0;
    this.nextSentence = 0;
  }

  private newLinker(): EntityLinker {
    return new EntityLinker({ registry: this.registry, newId: this.newEntityId });
  }

  /** Indexes many documents with progress and cancellation; yields to other work now and then. */
  async build(inputs: Iterable<IndexInput> | AsyncIterable<IndexInput>, options: BuildOptions = {}): Promise<BuildResult> {
    const total = Array.isArray(inputs) ? inputs.length : undefined;
    const yieldMs = options.yieldEveryMs ?? DEFAULT_YIELD_MS;
    const cancelled = (): boolean => Boolean(options.signal?.aborted || options.shouldCancel?.());
    let indexed = 0;
    let failed = 0;
    let lastYield = Date.now();
    options.onProgress?.({ done: 0, total, docId: undefined });
    for await (const input of inputs) {
      if (cancelled()) return { indexed, failed, cancelled: true };
      try {
        const text = typeof input.text === 'string' ? input.text : await input.text();
        this.update(input.id, text, input.analysis);
        indexed++;
      } catch (err) {
        if (!options.onError) throw err;
        options.onError(input.id, err);
        failed++;
      }
      options.onProgress?.({ done: indexed + failed, total, docId: input.id });
      if (yieldMs > 0 && Date.now() - lastYield >= yieldMs) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        lastYield = Date.now();
      }
    }
    return { indexed, failed, cancelled: cancelled() };
  }

  /**
   * Every entity, most-mentioned first; `minDocuments` (default 1) keeps only those in at least that many documents.
   * With `docId`, only the entities that document mentions (none for a document not indexed), in the same order:
   * what a view of one article lists, without making a group of every entity of the workspace.
   */
  entities(minDocuments = 1, docId?: string): EntityGroup[] {
    const mentioned = docId === undefined ? undefined : this.mentionedEntities(docId);
    const out: EntityGroupView[] = [];
    for (const [id, byDoc] of this.entityDocs) {
      if (byDoc.docs.length < minDocuments || (mentioned && !mentioned.has(id))) continue;
      // Made afresh, not kept: a listing of every entity would keep them all.
      const group = this.makeEntityGroup(id);
      if (group) out.push(group);
    }
    return out.sort((a, b) => b.documentCount - a.documentCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  }

  /** The entity a name refers to (any form: "Putin", "President Vladimir Putin", "Zelensky"), or undefined. */
  lookupEntity(name: string, type?: EntityType): EntityGroup | undefined {
    const linked = this.linker.find(name, type);
    return linked ? this.entityGroup(linked.id) : undefined;
  }

  entity(id: string): EntityGroup | undefined {
    return this.entityGroup(id);
  }

  /**
   * Quotes told by more than one source (or by one source, with `minDocuments` = 1), most sources first. With
   * `docId`, only the groups with a quote of that document, in the same order.
   */
  quotes(minDocuments = 2, docId?: string): QuoteGroup[] {
    const own = docId === undefined ? undefined : new Set((this.docs.get(docId)?.quotes ?? []).map((q) => q.group));
    const out: QuoteGroupView[] = [];
    for (const g of this.quoteGroups) {
      if ((own && !own.has(g)) || (minDocuments > 1 && quoteDocumentCount(g.members) < minDocuments)) continue;
      out.push(this.quoteGroup(g));
    }
    return out.sort((a, b) => b.documentCount - a.documentCount || b.memberCount - a.memberCount);
  }

  /** The quote groups whose wording matches `text` (verbatim, part of it, or a variant), best first (at most `limit`). */
  lookupQuote(text: string, speaker?: string, limit = 10): QuoteGroup[] {
    const speakerId = speaker ? (this.linker.find(speaker)?.id ?? null) : null;
    const words = this.vocabulary.scan(text);
    const probe = quoteRecord('', -1, 'direct', { start: 0, end: 0 }, readQuoteWords(words, [0, text.length], 0, 1, this.wordLength), speaker ?? null, speakerId);
    const scored: [number, QuoteGroupState][] = [];
    for (const g of this.quoteCandidates(probe)) {
      const m = matchQuotes(probe, g.leader, this.wordText);
      if (m) scored.push([m.score, g]);
    }
    return scored
      .sort((a, b) => b[0] - a[0])
      .slice(0, limit)
      .map(([, g]) => this.quoteGroup(g));
  }

  /**
   * Claims stated by more than one source, with the sources that support and contradict each; most sources first.
   * With `docId`, only the claims that document states or denies, in the same order.
   */
  claims(minDocuments = 2, docId?: string): ClaimGroup[] {
    let own: Set<ClaimGroupState> | undefined;
    if (docId !== undefined) {
      own = new Set();
      const record = this.docs.get(docId);
      for (let k = 0; record && k < record.sentenceCount; k++) for (const g of this.claimGroupsContaining(record.firstSentence + k)) own.add(g);
    }
    const listed: { view: ClaimGroupView; group: ClaimGroupState }[] = [];
    for (const g of this.claimGroups.values()) {
      if (own && !own.has(g)) continue;
      if (this.claimDocumentCount(g.members) >= minDocuments) listed.push({ view: this.claimGroup(g), group: g });
    }
    listed.sort((a, b) => b.view.documentCount - a.view.documentCount || b.view.contradictingCount - a.view.contradictingCount);
    // A sentence that joins a second group as a runner-up match may make a group of sentences all in an earlier one:
    // it would read as the same claim twice, and is left out of the listing. (The groups a sentence is in are the
    // index's own: the check allocates nothing per member.)
    const earlier = new Set<ClaimGroupState>();
    const out: ClaimGroupView[] = [];
    for (const { view, group } of listed) {
      const members = group.members;
      const within = this.claimGroupsContaining(members[0]).some((h) => h !== group && earlier.has(h) && members.every((sid) => this.inClaimGroup(sid, h)));
      if (within) continue;
      earlier.add(group);
      out.push(view);
    }
    return out;
  }

  /** Entities, quotes and claims at `offset` in a document, each with the same thing in the other documents. */
  referencesAt(docId: string, offset: number): CrossReference[] {
    const record = this.docs.get(docId);
    if (!record) return [];
    const out: CrossReference[] = [];
    const inside = (s: Span): boolean => s.start <= offset && offset < s.end;
    const mentions = record.numbers;
    for (let i = 0; i < 4 * record.mentionCount; i += 4) {
      if (!(mentions[i] <= offset && offset < mentions[i + 1])) continue;
      const entityId: string = record.entityIds[mentions[i + 2]];
      const others: CrossReference['others'] = [];
      for (const doc of this.entityDocs.get(entityId)?.docs ?? []) if (doc !== record) for (const s of mentionsOf(doc, entityId)) others.push({ docId: doc.id, start: s.start, end: s.end });
      out.push({ kind: 'entity', groupId: entityId, label: this.linker.get(entityId)?.name ?? '', span: { start: mentions[i], end: mentions[i + 1] }, others });
    }
    for (const q of record.quotes) {
      if (!inside(q)) continue;
      const g = q.group;
      if (!g) continue;
      const others = g.members.filter((m) => m.docId !== docId).map((m) => ({ docId: m.docId, start: m.start, end: m.end, text: quoteText(m) }));
      if (others.length) out.push({ kind: 'quote', groupId: quoteGroupId(g), label: quoteText(g.leader), span: { start: q.start, end: q.end }, others });
    }
    for (let i = 0; i < record.sentenceCount; i++) {
      const sid = record.firstSentence + i;
      const span = { start: this.sentenceStart[sid], end: this.sentenceEnd[sid] };
      if (!inside(span)) continue;
      for (const g of this.claimGroupsContaining(record.firstSentence + i)) {
        const view = this.claimGroup(g);
        const others = view.members.filter((m) => m.docId !== docId).map((m) => ({ docId: m.docId, start: m.start, end: m.end, text: m.text, polarity: m.polarity }));
        const here = view.members.find((m) => m.docId === docId && m.start === span.start);
        if (others.length) out.push({ kind: 'claim', groupId: g.id, label: view.label, span, polarity: here?.polarity, others });
      }
    }
    return out;
  }

  // ---- documents

  private readDocument(docId: string, text: string, prepared: PreparedDocument): DocRecord {
    const entityNames = prepared.names.map((name) => this.keptName(name));
    const mentions = prepared.mentions;
    const count = mentions.length / 4;
    const words = this.vocabulary.scanParts(text, prepared.partsToRead);
    // A quote that says nothing but names (“congratulated Donald Trump”, “praised him”) states nothing to find in
    // other sources: it is not grouped (the article's own views still list it).
    const quotes = prepared.quotes;
    const groupedAt: number[] = [];
    for (let i = 0; i + 1 < prepared.quoteAt.length; i++) if (saysMoreThanNames(words, quotes, prepared.quoteAt[i], mentions)) groupedAt.push(i);
    const quoteWords = this.quoteWords.read(words, quotes, prepared.quoteAt, groupedAt, this.vocabulary.size, this.wordLength);

    // One array for the document's numbers: mentions, entities' name starts and types, quotes' terms and words.
    const entityCount = prepared.entityTypes.length;
    const quotesAt = 4 * count + 2 * entityCount + 1;
    // Made in a buffer kept from one document to the next: the document keeps a copy, narrowed when it can be.
    let size = quotesAt + quoteWords.termsAt[groupedAt.length] + quoteWords.wordsAt[groupedAt.length];
    for (const i of groupedAt) size += QUOTE_FIELDS + 2 * quotes[prepared.quoteAt[i] + PREPARED_QUOTE_PARTS];
    if (this.readScratch.numbers.length < size) this.readScratch.numbers = new Int32Array(2 * size);
    const numbers = this.readScratch.numbers.subarray(0, size);
    numbers.set(mentions);
    numbers.set(prepared.nameStarts, 4 * count);
    numbers.set(prepared.entityTypes, 4 * count + entityCount + 1);
    const record: DocRecord = { id: docId, text: DocumentText.of(text, this.slabs), numbers, mentionCount: count, entityCount, entityNames, entityIds: [], quotes: [], slot: this.docsBySlot.length, firstSentence: this.nextSentence, sentenceCount: 0, poolLength: 0 };
    this.docsBySlot.push(record);
    const entityIds = (record.entityIds = this.linker.linkAll(linkableEntities(record)));
    // What is looked up for a mention is the same for every mention of one entity: looked up once per entity.
    const scratch = this.readScratch;
    if (scratch.entities.length < entityCount) {
      scratch.entities = new Int32Array(2 * entityCount);
      scratch.entityMentions = new Int32Array(2 * entityCount);
      scratch.entityNumbers = new Int32Array(2 * entityCount);
    }
    const mentioned = entitiesInOrder(numbers, count, entityCount, scratch.entities, scratch.entityMentions);
    const entityNumbers = scratch.entityNumbers;
    this.fileMentions(record, mentioned, entityNumbers);

    let next = quotesAt;
    record.quotes = groupedAt.map((quoteIndex, i) => {
      const from = prepared.quoteAt[quoteIndex];
      const partCount = quotes[from + PREPARED_QUOTE_PARTS];
      const at = next;
      next += QUOTE_FIELDS;
      for (let k = quoteWords.termsAt[i], end = quoteWords.termsAt[i + 1]; k < end; k++) numbers[next++] = quoteWords.terms[k];
      const wordsFrom = next;
      for (let k = quoteWords.wordsAt[i], end = quoteWords.wordsAt[i + 1]; k < end; k++) numbers[next++] = quoteWords.words[k];
      const wordsTo = next;
      for (let k = 0; k < 2 * partCount; k++) numbers[next++] = quotes[from + PREPARED_QUOTE_FIELDS + k];
      numbers[at + QUOTE_START] = quotes[from + PREPARED_QUOTE_START];
      numbers[at + QUOTE_END] = quotes[from + PREPARED_QUOTE_END];
      numbers[at + QUOTE_INDEX] = quoteIndex;
      numbers[at + QUOTE_PARTS] = partCount;
      numbers[at + QUOTE_WORDS_FROM] = wordsFrom;
      numbers[at + QUOTE_WORDS_TO] = wordsTo;
      numbers[at + QUOTE_WORDING_LENGTH] = quoteWords.lengths[i];
      numbers[at + QUOTE_KIND] = quotes[from + PREPARED_QUOTE_KIND];
      const speakerName = prepared.speakerNames[quoteIndex];
      // 1 + the index of its speaker among the document's entities (0 for none).
      const speaker = quotes[from + PREPARED_QUOTE_SPEAKER];
      return new IndexedQuote(record, at, speakerName === null ? null : this.keptName(speakerName), speaker ? (entityIds[speaker - 1] ?? null) : null);
    });

    if (scratch.mentions.starts.length < count) scratch.mentions = { count, starts: new Int32Array(2 * count), ends: new Int32Array(2 * count), entityNumbers: new Int32Array(2 * count) };
    const mentionList = scratch.mentions;
    mentionList.count = count;
    for (let i = 0; i < count; i++) {
      mentionList.starts[i] = numbers[4 * i];
      mentionList.ends[i] = numbers[4 * i + 1];
      mentionList.entityNumbers[i] = entityNumbers[numbers[4 * i + 2]];
    }
    record.numbers = narrowedInto(numbers, this.slabs);
    const s = readDocSentences(prepared.sentences, words, mentionList, prepared.hedgeStarts, this.vocabulary);
    record.sentenceCount = s.count;
    this.nextSentence += s.count;
    // Each sentence by its id: span, hedge, terms and negated terms in the pool. Candidate scoring reads them
    // without going through the document, and a document keeps no arrays of its own for them.
    const first = record.firstSentence;
    if (this.sentenceTermsFrom.length < this.nextSentence) {
      this.sentenceTermsFrom = grow(this.sentenceTermsFrom, this.nextSentence);
      this.sentenceTermsTo = grow(this.sentenceTermsTo, this.nextSentence);
      this.sentenceNegatedTo = grow(this.sentenceNegatedTo, this.nextSentence);
      this.sentenceSlot = grow(this.sentenceSlot, this.nextSentence);
      this.sentenceStart = grow(this.sentenceStart, this.nextSentence);
      this.sentenceEnd = grow(this.sentenceEnd, this.nextSentence);
      this.sentenceHedged = grow(this.sentenceHedged, this.nextSentence);
      this.claimRests = grow(this.claimRests, CLAIM_RESTS * this.nextSentence);
    }
    record.poolLength = s.terms.length + s.negated.length;
    if (this.termPool instanceof Int16Array && !(fitsInt16(s.terms) && fitsInt16(s.negated))) this.termPool = Int32Array.from(this.termPool);
    if (this.termPool.length < this.termPoolLength + record.poolLength) this.termPool = grow(this.termPool, this.termPoolLength + record.poolLength);
    const pool = this.termPool;
    let at = this.termPoolLength;
    for (let i = 0; i < s.count; i++) {
      const sid = first + i;
      this.sentenceSlot[sid] = record.slot;
      this.sentenceStart[sid] = s.spans[2 * i];
      this.sentenceEnd[sid] = s.spans[2 * i + 1];
      this.sentenceHedged[sid] = s.hedged[i];
      this.sentenceTermsFrom[sid] = at;
      for (let k = s.termStarts[i]; k < s.termStarts[i + 1]; k++) pool[at++] = s.terms[k];
      this.sentenceTermsTo[sid] = at;
      for (let k = s.negatedStarts[i]; k < s.negatedStarts[i + 1]; k++) pool[at++] = s.negated[k];
      this.sentenceNegatedTo[sid] = at;
    }
    this.termPoolLength = at;
    return record;
  }

  /**
   * One copy of each name the documents use (a story names the same people in every article), cut loose from
   * the text it was read in. Forgotten all at once past a bound, so that it cannot grow without end.
   */
  private keptName(name: string): string {
    // A short cut-out string is a copy already (V8 cuts views only of 13 characters or more), and small: looking
    // it up would cost more than it saves.
    if (name.length < SHORT_NAME) return name;
    let kept = this.keptNames.get(name);
    if (kept === undefined) {
      if (this.keptNames.size >= KEPT_NAMES_LIMIT) this.keptNames.clear();
      kept = ownString(name);
      this.keptNames.set(kept, kept);
    }
    return kept;
  }

  /** The ids of the entities a document mentions (under which it is filed). */
  private mentionedEntities(docId: string): Set<string> {
    const ids = new Set<string>();
    const record = this.docs.get(docId);
    if (!record) return ids;
    for (let i = 0; i < 4 * record.mentionCount; i += 4) ids.add(record.entityIds[record.numbers[i + 2]]);
    return ids;
  }

  /**
   * Files the document under each entity it mentions (a document not filed yet), with its count of mentions; the
   * entities in the order of their first mentions, so that new entities are listed (and numbered) in that order.
   * Each mentioned entity's number goes into `numbers`, by its index among the document's entities.
   */
  private fileMentions(record: DocRecord, mentioned: EntitiesInOrder, numbers: Int32Array): void {
    for (let k = 0; k < mentioned.count; k++) {
      const e = mentioned.entities[k];
      const id = record.entityIds[e];
      let byDoc = this.entityDocs.get(id);
      if (!byDoc) this.entityDocs.set(id, (byDoc = { docs: [], counts: [], number: this.newEntityNumber(id) }));
      numbers[e] = byDoc.number;
      // Documents are filed one at a time, so this one is last if it is there at all (two of its entities may
      // have been linked to one).
      const last = byDoc.docs.length - 1;
      if (last >= 0 && byDoc.docs[last] === record) byDoc.counts[last] += mentioned.mentions[e];
      else {
        byDoc.docs.push(record);
        byDoc.counts.push(mentioned.mentions[e]);
      }
    }
  }

  private newEntityNumber(id: string): number {
    const n = this.freeEntityNumbers.pop() ?? this.entityIdsByNumber.length;
    this.entityIdsByNumber[n] = id;
    return n;
  }

  /** An entity group as callers see it; kept until the index changes, as hovers and lookups repeat. */
  private entityGroup(id: string): EntityGroup | undefined {
    if (this.entityViewsVersion !== this.version) {
      this.entityViews.clear();
      this.entityViewsVersion = this.version;
    }
    let view = this.entityViews.get(id);
    if (!view) {
      view = this.makeEntityGroup(id);
      if (view) this.entityViews.set(id, view);
    }
    return view;
  }

  private makeEntityGroup(id: string): EntityGroupView | undefined {
    const linked = this.linker.get(id);
    const byDoc = this.entityDocs.get(id);
    if (!linked || !byDoc) return undefined;
    let mentionCount = 0;
    for (const n of byDoc.counts) mentionCount += n;
    const aliases = [...linked.forms.keys()].filter((f) => f !== linked.name);
    return new EntityGroupView(id, linked.name, linked.type, aliases, linked.confirmed, mentionCount, byDoc.docs.slice());
  }

  // ---- quotes

  /** Groups whose leading quote shares the quote's rarer words, most shared first (a bounded few). */
  private quoteCandidates(q: QuoteRecord): QuoteGroupState[] {
    // The terms listed under fewest leaders (ties in term order), a few at most.
    const probe = this.quoteProbe;
    const counts = this.quoteProbeCounts;
    let probeCount = 0;
    const leaders = this.quoteLeadersByTerm;
    const terms = q.terms;
    for (let k = q.termsFrom, to = q.termsTo; k < to; k++) {
      const t = terms[k];
      const n = leaders.count(t);
      if (n === 0 || n > QUOTE_MAX_POSTINGS) continue;
      let at = probeCount;
      while (at > 0 && counts[at - 1] > n) at--;
      if (at >= QUOTE_PROBE_TERMS) continue;
      shiftUp(probe, at, Math.min(probeCount, QUOTE_PROBE_TERMS - 1));
      shiftUp(counts, at, Math.min(probeCount, QUOTE_PROBE_TERMS - 1));
      probe[at] = t;
      counts[at] = n;
      if (probeCount < QUOTE_PROBE_TERMS) probeCount++;
    }
    if (this.quoteHits.length < this.quoteGroupsBySerial.length) this.quoteHits = grow(this.quoteHits, this.quoteGroupsBySerial.length);
    const hits = this.quoteHits;
    // At most QUOTE_PROBE_TERMS lists of QUOTE_MAX_POSTINGS leaders each.
    const touched = this.quoteTouched;
    let touchedCount = 0;
    const ids = leaders.ids;
    for (let p = 0; p < probeCount; p++) {
      const t = probe[p];
      for (let k = leaders.start(t), end = k + leaders.count(t); k < end; k++) {
        // Written down each time and kept when first touched: no branch to mispredict (the groups come at random).
        const g = ids[k];
        const h = hits[g];
        hits[g] = h + 1;
        touched[touchedCount] = g;
        touchedCount += h === 0 ? 1 : 0;
      }
    }
    // The most-shared groups sharing enough probe terms (ties in the order found), a few at most.
    const needed = Math.min(2, probeCount);
    const found = this.quoteFound;
    let foundCount = 0;
    for (let k = 0; k < touchedCount; k++) {
      const g = touched[k];
      const shared = hits[g];
      if (shared < needed) continue;
      let at = foundCount;
      while (at > 0 && hits[found[at - 1]] < shared) at--;
      if (at >= MAX_CANDIDATES) continue;
      shiftUp(found, at, Math.min(foundCount, MAX_CANDIDATES - 1));
      found[at] = g;
      if (foundCount < MAX_CANDIDATES) foundCount++;
    }
    for (let k = 0; k < touchedCount; k++) hits[touched[k]] = 0;
    const out: QuoteGroupState[] = new Array(foundCount);
    for (let k = 0; k < foundCount; k++) out[k] = this.quoteGroupsBySerial[found[k]]!;
    return out;
  }

  private placeQuote(q: IndexedQuote): void {
    let best: QuoteGroupState | null = null;
    let bestMatch: ReturnType<typeof matchQuotes> = null;
    // The first of the best matches wins: a candidate is only asked whether it does better, and none does better
    // than verbatim.
    for (const g of this.quoteCandidates(q)) {
      const m = matchQuotes(q, g.leader, this.wordText, bestMatch ? bestMatch.score : -1);
      if (m && (!bestMatch || m.score > bestMatch.score)) [best, bestMatch] = [g, m];
      if (bestMatch && bestMatch.score >= VERBATIM_SCORE) break;
    }
    if (best && bestMatch) {
      best.members.push(q);
      q.relation = bestMatch.relation;
      q.group = best;
      // The fullest direct wording leads, so that partial quotes and paraphrases are compared with it.
      if (leadsBefore(q, best.leader)) this.leadQuoteGroup(best, q);
      return;
    }
    const serial = this.freeQuoteSerials.pop() ?? this.quoteGroupsBySerial.length;
    const group: QuoteGroupState = { id: `q${this.nextQuoteId++}`, serial, leader: q, members: [q] };
    this.quoteGroupsBySerial[group.serial] = group;
    q.relation = 'verbatim';
    q.group = group;
    this.quoteGroups.add(group);
    this.fileLeader(group, q, 1);
  }

  /**
   * Makes `q` the group's leader. Members whose wording does not match it are placed again (in another group, or
   * one of their own), so that every member matches its leader whatever the order the quotes came in.
   */
  private leadQuoteGroup(g: QuoteGroupState, q: IndexedQuote): void {
    this.fileLeader(g, g.leader, -1);
    g.leader = q;
    this.fileLeader(g, q, 1);
    const misplaced: IndexedQuote[] = [];
    for (const m of g.members) {
      const match = m === q ? null : matchQuotes(m, q, this.wordText);
      if (m === q) m.relation = 'verbatim';
      else if (match) m.relation = match.relation;
      else misplaced.push(m);
    }
    if (!misplaced.length) return;
    g.members = g.members.filter((m) => !misplaced.includes(m));
    for (const m of misplaced) m.group = null;
    // A leader only gives way to a fuller one, so this ends.
    for (const m of misplaced) this.placeQuote(m);
  }

  private unplaceQuote(q: IndexedQuote): void {
    const g = q.group;
    if (!g) return;
    q.group = null;
    g.members.splice(g.members.indexOf(q), 1);
    if (!g.members.length) {
      this.fileLeader(g, g.leader, -1);
      this.quoteGroups.delete(g);
      this.quoteViews.delete(g);
      this.quoteGroupsBySerial[g.serial] = undefined;
      this.freeQuoteSerials.push(g.serial);
    } else if (g.leader === q) {
      let next = g.members[0];
      for (const m of g.members) if (leadsBefore(m, next)) next = m;
      this.leadQuoteGroup(g, next);
    }
  }

  private fileLeader(group: QuoteGroupState, leader: QuoteRecord, by: 1 | -1): void {
    for (let k = leader.termsFrom; k < leader.termsTo; k++) {
      if (by > 0) this.quoteLeadersByTerm.add(leader.terms[k], group.serial);
      else this.quoteLeadersByTerm.delete(leader.terms[k], group.serial);
    }
  }

  /** A quote group as callers see it; made once per state of the index (between two changes), as lookups repeat. */
  private quoteGroup(g: QuoteGroupState): QuoteGroupView {
    const known = this.quoteViews.get(g);
    if (known && known.version === this.version) return known.view;
    const view = this.makeQuoteGroup(g);
    this.quoteViews.set(g, { version: this.version, view });
    return view;
  }

  private makeQuoteGroup(g: QuoteGroupState): QuoteGroupView {
    // The one linked speaker all members that have one agree on.
    let speakerEntityId: string | null = null;
    for (const m of g.members) {
      const id = m.speakerId;
      if (id === null) continue;
      if (speakerEntityId === null) speakerEntityId = id;
      else if (id !== speakerEntityId) {
        speakerEntityId = null;
        break;
      }
    }
    const speaker = speakerEntityId ? (this.linker.get(speakerEntityId)?.name ?? null) : (g.leader.speakerName ?? null);
    return new QuoteGroupView(quoteGroupId(g), speaker, speakerEntityId, g.leader, g.members.slice(), g.members.map((m) => m.relation), this.wordText);
  }

  // ---- claims

  private addSentenceFrequency(record: DocRecord, by: 1 | -1): void {
    this.sentenceCount += by * record.sentenceCount;
    this.logSentenceCount = Math.log(this.sentenceCount + 1);
    if (this.wordFrequency.length < this.vocabulary.size) this.wordFrequency = grow(this.wordFrequency, this.vocabulary.size);
    if (this.entityFrequency.length < this.entityIdsByNumber.length) this.entityFrequency = grow(this.entityFrequency, this.entityIdsByNumber.length);
    const pool = this.termPool;
    for (let sid = record.firstSentence; sid < record.firstSentence + record.sentenceCount; sid++) {
      for (let i = this.sentenceTermsFrom[sid]; i < this.sentenceTermsTo[sid]; i++) {
        const t = pool[i];
        if (t >= 0) this.wordFrequency[t] += by;
        else this.entityFrequency[entityOfTerm(t)] += by;
      }
    }
  }

  private frequency(term: number): number {
    return term >= 0 ? this.wordFrequency[term] : this.entityFrequency[entityOfTerm(term)];
  }

  private readonly idf = (term: number): number => {
    const df = term >= 0 ? this.wordFrequency[term] : this.entityFrequency[-1 - term];
    return this.logSentenceCount - (df < LOG_TABLE.length ? LOG_TABLE[df] : Math.log(df + 1));
  };

  /** Points `pair` at the terms of two sentences. */
  private pairUp(a: number, b: number): TermRanges {
    const p = this.pair;
    p.a = this.termPool;
    p.aFrom = this.sentenceTermsFrom[a];
    p.aTo = this.sentenceTermsTo[a];
    p.b = this.termPool;
    p.bFrom = this.sentenceTermsFrom[b];
    p.bTo = this.sentenceTermsTo[b];
    return p;
  }

  /** The document a sentence is in. */
  private docOf(sid: number): DocRecord {
    return this.docsBySlot[this.sentenceSlot[sid]]!;
  }

  /**
   * Removed documents leave their sentence ids, slots and pool terms behind; when those are half of what is in use,
   * the live ones are renumbered densely, so an index whose documents are re-read again and again stays its size.
   */
  private needsCompaction(): boolean {
    const deadSentences = this.nextSentence - this.sentenceCount;
    const deadSlots = this.docsBySlot.length - this.docs.size;
    return (
      (this.termPoolGarbage * 2 > this.termPoolLength && this.termPoolLength > 1 << 16) ||
      (deadSentences * 2 > this.nextSentence && this.nextSentence > COMPACT_MIN_SENTENCES) ||
      (deadSlots * 2 > this.docsBySlot.length && this.docsBySlot.length > COMPACT_MIN_SLOTS)
    );
  }

  /**
   * Gives the indexed documents' sentences consecutive ids from 0 and the documents consecutive slots, in index
   * order (the order ids were given in, so every list ordered by id keeps its order), and copies their terms into a
   * fresh pool, leaving out those of removed documents.
   */
  private compact(): void {
    const live = this.sentenceCount;
    const renumbered = allocate(Int32Array, this.nextSentence).fill(-1);
    const size = Math.max(1024, Math.ceil(1.5 * live));
    const termsFrom = allocate(Int32Array, size);
    const termsTo = allocate(Int32Array, size);
    const negatedTo = allocate(Int32Array, size);
    const slots = allocate(Int32Array, size);
    const starts = allocate(Int32Array, size);
    const ends = allocate(Int32Array, size);
    const hedged = allocate(Uint8Array, size);
    const rests = allocate(Int32Array, CLAIM_RESTS * size);
    const groupOf: (ClaimGroupState | undefined)[] = [];
    const poolSize = Math.max(1 << 16, Math.ceil(1.5 * (this.termPoolLength - this.termPoolGarbage)));
    const pool = this.termPool instanceof Int16Array ? allocate(Int16Array, poolSize) : allocate(Int32Array, poolSize);
    let length = 0;
    let next = 0;
    this.docsBySlot.length = 0;
    for (const doc of this.docs.values()) {
      doc.slot = this.docsBySlot.length;
      this.docsBySlot.push(doc);
      for (let k = 0; k < doc.sentenceCount; k++) {
        const sid = doc.firstSentence + k;
        const to = next + k;
        renumbered[sid] = to;
        const from = this.sentenceTermsFrom[sid];
        const end = this.sentenceNegatedTo[sid];
        pool.set(this.termPool.subarray(from, end), length);
        termsFrom[to] = length;
        termsTo[to] = length + this.sentenceTermsTo[sid] - from;
        length += end - from;
        negatedTo[to] = length;
        slots[to] = doc.slot;
        starts[to] = this.sentenceStart[sid];
        ends[to] = this.sentenceEnd[sid];
        hedged[to] = this.sentenceHedged[sid];
        for (let r = 0; r < CLAIM_RESTS; r++) {
          const m = this.claimRests[CLAIM_RESTS * sid + r];
          // Sentences rest only on indexed ones (those resting on a removed document were placed again).
          if (m) rests[CLAIM_RESTS * to + r] = renumbered[m - 1] + 1;
        }
        groupOf[to] = this.claimGroupOf[sid];
      }
      doc.firstSentence = next;
      next += doc.sentenceCount;
    }
    this.termPool = pool;
    this.termPoolLength = length;
    this.termPoolGarbage = 0;
    this.sentenceTermsFrom = termsFrom;
    this.sentenceTermsTo = termsTo;
    this.sentenceNegatedTo = negatedTo;
    this.sentenceSlot = slots;
    this.sentenceStart = starts;
    this.sentenceEnd = ends;
    this.sentenceHedged = hedged;
    this.claimRests = rests;
    this.claimGroupOf = groupOf;
    this.hitCount = new Uint8Array(size);
    this.nextSentence = next;
    for (const g of this.claimGroups.values()) {
      g.leader = renumbered[g.leader];
      g.members = g.members.map((m) => renumbered[m]);
    }
    const links = [...this.claimLinksOf];
    this.claimLinksOf.clear();
    for (const [sid, list] of links) this.claimLinksOf.set(renumbered[sid], list.map(([member, g]) => [renumbered[member], g]));
    const extra = [...this.extraClaimGroupsOf];
    this.extraClaimGroupsOf.clear();
    for (const [sid, groups] of extra) this.extraClaimGroupsOf.set(renumbered[sid], groups);
    this.sentencesByTerm.renumber(renumbered);
  }

  /** Copies the documents' texts and numbers into fresh slabs, leaving behind the room of removed documents. */
  private compactSlabs(): void {
    const slabs = new Slabs();
    for (const doc of this.docs.values()) {
      doc.text = doc.text.copiedInto(slabs);
      doc.numbers = slabs.copy(doc.numbers);
    }
    this.slabs = slabs;
  }

  /** Sizes of the index's id spaces and per-sentence arrays, to check that they follow what is indexed. */
  capacity(): { documents: number; sentences: number; sentenceIds: number; sentenceArrays: number; documentSlots: number; quoteSerials: number; entityNumbers: number; termPool: number; documentBytes: number } {
    return {
      documents: this.docs.size,
      sentences: this.sentenceCount,
      sentenceIds: this.nextSentence,
      sentenceArrays: Math.max(this.sentenceStart.length, this.hitCount.length, this.claimGroupOf.length),
      documentSlots: this.docsBySlot.length,
      quoteSerials: this.quoteGroupsBySerial.length,
      entityNumbers: this.entityIdsByNumber.length,
      termPool: this.termPool.length,
      documentBytes: this.slabs.bytesTaken,
    };
  }

  /**
   * Puts a sentence in the claim group of the most similar sentence of another document, found through the
   * sentence's rarest terms; a sentence like no other stays out of every group until another one matches it.
   */
  private placeSentence(sid: number, again = false): void {
    const doc = this.docOf(sid);
    const terms = this.termPool;
    const from = this.sentenceTermsFrom[sid];
    const n = this.sentenceTermsTo[sid] - from;
    const docFirst = doc.firstSentence;
    // Each term's sentence frequency, read once; term positions rarest first (ties in term order).
    if (this.rarityOrder.length < n) {
      this.rarityOrder = new Int32Array(n * 2);
      this.rarityFrequency = new Int32Array(n * 2);
    }
    if (this.placed.weights.length < n) this.placed.weights = new Float64Array(n * 2);
    const order = this.rarityOrder;
    const frequency = this.rarityFrequency;
    // Its terms' rarity weights and their sum (in term order, as claimScore adds them up), once for all candidates.
    const placed = this.placed;
    placed.terms = terms;
    placed.from = from;
    placed.to = from + n;
    let total = 0;
    for (let p = 0; p < n; p++) {
      const df = this.frequency(terms[from + p]);
      const weight = this.logSentenceCount - (df < LOG_TABLE.length ? LOG_TABLE[df] : Math.log(df + 1));
      placed.weights[p] = weight;
      total += weight;
      let at = p;
      while (at > 0 && frequency[at - 1] > df) {
        frequency[at] = frequency[at - 1];
        order[at] = order[at - 1];
        at--;
      }
      frequency[at] = df;
      order[at] = p;
    }
    placed.total = total;
    const limit = Math.max(CANDIDATE_MIN_DF, this.sentenceCount * CANDIDATE_MAX_SHARE);
    // All zero between calls: a bigger one need not copy it.
    if (this.hitCount.length < this.nextSentence) this.hitCount = new Uint8Array(Math.ceil(1.5 * this.nextSentence));
    const hitCount = this.hitCount;
    let touched = this.touched;
    let touchedCount = 0;
    // Rarest terms first (a term only this sentence has finds nothing), within a budget of postings read:
    // the cost per sentence stays flat as the index grows.
    let budget = POSTINGS_BUDGET;
    let probed = 0;
    for (let p = 0; p < n; p++) {
      const df = frequency[p];
      if (df <= 1) continue;
      if (df > limit || probed++ >= CANDIDATE_TERMS) break;
      const term = terms[from + order[p]];
      // Lists are in id order. A sentence placed again reads only those listed before it, as when it was first placed.
      const listed = again ? this.sentencesByTerm.countBelow(term, sid) : this.sentencesByTerm.count(term);
      if (!listed) continue;
      if (listed > budget) break;
      budget -= listed;
      if (touched.length < touchedCount + listed) touched = this.touched = grow(touched, touchedCount + listed);
      const ids = this.sentencesByTerm.ids;
      for (let k = this.sentencesByTerm.start(term), end = k + listed; k < end; k++) {
        const other = ids[k];
        // Sentences of the same document have consecutive ids, and those of documents indexed later larger ones.
        if (other >= docFirst) continue;
        // Written down each time and kept when first touched: no branch to mispredict (the sentences come at random).
        const h = hitCount[other];
        hitCount[other] = h + 1;
        touched[touchedCount] = other;
        touchedCount += h === 0 ? 1 : 0;
      }
    }
    // Candidates sharing two probe terms or more, most shared first (ties in the order found).
    // The most-shared candidates (ties in the order found), a few at most, kept in order as they come.
    const candidates = this.candidates;
    let candidateCount = 0;
    for (let k = 0; k < touchedCount; k++) {
      const other = touched[k];
      const shared = hitCount[other];
      if (shared < 2) continue;
      let at = candidateCount;
      while (at > 0 && hitCount[candidates[at - 1]] < shared) at--;
      if (at >= MAX_CANDIDATES) continue;
      shiftUp(candidates, at, Math.min(candidateCount, MAX_CANDIDATES - 1));
      candidates[at] = other;
      if (candidateCount < MAX_CANDIDATES) candidateCount++;
    }
    // The best matches, best first (ties in candidate order): the best and the runners-up that may link too.
    const matched = this.matched;
    const scores = this.matchScores;
    let matchCount = 0;
    for (let i = 0; i < candidateCount; i++) {
      const other = candidates[i];
      const score = claimScoreOf(placed, terms, this.sentenceTermsFrom[other], this.sentenceTermsTo[other], this.idf, this.claimSimilarity);
      if (score < 0) continue;
      let at = matchCount;
      while (at > 0 && scores[at - 1] < score) at--;
      if (at > MAX_EXTRA_LINKS) continue;
      for (let k = Math.min(matchCount, MAX_EXTRA_LINKS); k > at; k--) {
        matched[k] = matched[k - 1];
        scores[k] = scores[k - 1];
      }
      matched[at] = candidates[i];
      scores[at] = score;
      if (matchCount <= MAX_EXTRA_LINKS) matchCount++;
    }
    for (let k = 0; k < touchedCount; k++) hitCount[touched[k]] = 0;
    const rests = CLAIM_RESTS * sid;
    for (let r = rests; r < rests + CLAIM_RESTS; r++) this.claimRests[r] = 0;
    // Listed under its rarest words only: a later sentence that says the same shares those, and the lists stay small.
    // Entities and interchangeable-word classes are what other sources share in other words, so they are always listed.
    if (!again) {
      let rare = 0;
      for (let p = 0; p < n; p++) {
        const t = terms[from + order[p]];
        if (t < 0 || this.vocabulary.isClass(t)) this.sentencesByTerm.add(t, sid);
        else if (rare++ < POSTED_TERMS) this.sentencesByTerm.add(t, sid);
      }
    }
    if (!matchCount) return;
    this.claimRests[rests] = matched[0] + 1;
    let restCount = 1;
    const group = this.groupOf(matched[0]);
    addOnce(group.members, sid);
    this.claimViews.delete(group);
    this.claimGroupOf[sid] = group;
    // A sentence can state two claims ("at the forum in Sochi, Putin acknowledged Trump's desire…"): a runner-up
    // match nearly as strong as the best also joins the two sentences' groups, one step only, so groups do not chain.
    let links: [number, ClaimGroupState][] | undefined;
    for (let k = 1; k < matchCount; k++) {
      const other = matched[k];
      const score = scores[k];
      if (score < scores[0] * EXTRA_LINK_RATIO || score < this.claimSimilarity + EXTRA_LINK_MARGIN) break;
      this.claimRests[rests + restCount++] = other + 1;
      const theirs = this.groupOf(other);
      if (theirs === group) continue;
      links ??= [];
      if (!theirs.members.includes(sid)) {
        this.joinClaimGroup(sid, theirs);
        links.push([sid, theirs]);
      }
      if (!group.members.includes(other)) {
        this.joinClaimGroup(other, group);
        links.push([other, group]);
      }
    }
    // Copied: an array grown by push keeps room for more.
    if (links?.length) this.claimLinksOf.set(sid, links.slice());
  }

  /**
   * The sentences outside [first, end) whose placing rests on one inside, directly or through others, in id order:
   * when those go, these are placed again as if the others had never been there.
   */
  private claimDependents(first: number, end: number): number[] {
    if (this.restsOnGone.length < this.nextSentence) this.restsOnGone = grow(this.restsOnGone, this.nextSentence);
    const gone = this.restsOnGone;
    const rests = this.claimRests;
    gone.fill(1, first, end);
    // What a sentence rests on has a smaller id: in id order, each sentence is found after all it may rest on.
    const found: number[] = [];
    for (let sid = end; sid < this.nextSentence; sid++) {
      for (let r = CLAIM_RESTS * sid, last = r + CLAIM_RESTS; r < last && rests[r] !== 0; r++) {
        if (!gone[rests[r] - 1]) continue;
        gone[sid] = 1;
        found.push(sid);
        break;
      }
    }
    gone.fill(0, first, end);
    for (const sid of found) gone[sid] = 0;
    return found;
  }

  /** The group a placed sentence leads or joined; made when a second sentence first matches it. */
  private groupOf(sid: number): ClaimGroupState {
    let group = this.claimGroupOf[sid];
    if (!group) {
      group = { id: `c${this.nextClaimGroup++}`, leader: sid, members: [sid] };
      this.claimGroups.set(group.id, group);
      this.claimGroupOf[sid] = group;
    }
    return group;
  }

  private joinClaimGroup(sid: number, g: ClaimGroupState): void {
    addOnce(g.members, sid);
    this.claimViews.delete(g);
    const extra = this.extraClaimGroupsOf.get(sid);
    if (extra) addOnce(extra, g);
    else this.extraClaimGroupsOf.set(sid, [g]);
  }

  private inClaimGroup(sid: number, g: ClaimGroupState): boolean {
    return this.claimGroupOf[sid] === g || ((this.extraClaimGroupsOf.get(sid)?.includes(g) ?? false) && g.members.includes(sid));
  }

  private claimGroupsContaining(sid: number): ClaimGroupState[] {
    const out = new Set<ClaimGroupState>();
    const own = this.claimGroupOf[sid];
    if (own) out.add(own);
    for (const g of this.extraClaimGroupsOf.get(sid) ?? []) if (g.members.includes(sid)) out.add(g);
    return [...out];
  }

  /** Takes a sentence out of the index's claims: its listing and its groups. */
  private unplaceSentence(sid: number): void {
    for (let i = this.sentenceTermsFrom[sid]; i < this.sentenceTermsTo[sid]; i++) this.sentencesByTerm.delete(this.termPool[i], sid);
    this.unplaceClaim(sid);
  }

  /** Takes a sentence out of its groups (and others out of the groups it linked them into); it stays listed. */
  private unplaceClaim(sid: number): void {
    this.claimRests.fill(0, CLAIM_RESTS * sid, CLAIM_RESTS * (sid + 1));
    for (const [member, g] of this.claimLinksOf.get(sid) ?? []) this.leaveClaimGroup(member, g);
    this.claimLinksOf.delete(sid);
    const g = this.claimGroupOf[sid];
    this.claimGroupOf[sid] = undefined;
    if (g) this.leaveClaimGroup(sid, g);
    // Memberships that other sentences gave this one.
    for (const lg of [...(this.extraClaimGroupsOf.get(sid) ?? [])]) this.leaveClaimGroup(sid, lg);
    this.extraClaimGroupsOf.delete(sid);
  }

  private leaveClaimGroup(sid: number, g: ClaimGroupState): void {
    if (!removeFrom(g.members, sid)) return;
    this.claimViews.delete(g);
    this.forgetExtraGroup(sid, g);
    // A group is two sentences or more, as when it was made.
    if (g.members.length < 2) {
      for (const m of g.members) {
        if (this.claimGroupOf[m] === g) this.claimGroupOf[m] = undefined;
        this.forgetExtraGroup(m, g);
      }
      g.members.length = 0;
      this.claimGroups.delete(g.id);
      return;
    }
    if (g.leader === sid) {
      // The group goes on under a sentence that joined it for itself.
      const next = g.members.find((m) => this.claimGroupOf[m] === g);
      if (next !== undefined) {
        g.leader = next;
      } else {
        for (const m of g.members) this.forgetExtraGroup(m, g);
        g.members.length = 0;
        this.claimGroups.delete(g.id);
      }
    }
  }

  private forgetExtraGroup(sid: number, g: ClaimGroupState): void {
    const extra = this.extraClaimGroupsOf.get(sid);
    if (extra) removeFrom(extra, g);
  }

  /** How many documents the sentences are in (every indexed document has a slot of its own). */
  private claimDocumentCount(sids: readonly number[]): number {
    // Most groups are a few sentences: compared pairwise, without a set for each of thousands of groups.
    if (sids.length > 32) return new Set(sids.map((sid) => this.sentenceSlot[sid])).size;
    let count = 0;
    for (let i = 0; i < sids.length; i++) {
      const slot = this.sentenceSlot[sids[i]];
      let k = 0;
      while (k < i && this.sentenceSlot[sids[k]] !== slot) k++;
      if (k === i) count++;
    }
    return count;
  }

  /** The terms that tie the group together: those shared by sentences of different documents (in at least two pairs when there are several). */
  private claimKey(g: ClaimGroupState): Set<number> {
    const members = g.members.slice(0, KEY_SAMPLE);
    const counts = new Map<number, number>();
    let pairs = 0;
    const shared: number[] = [];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (this.sentenceSlot[members[i]] === this.sentenceSlot[members[j]]) continue;
        shared.length = 0;
        if (claimScore(this.pairUp(members[i], members[j]), this.idf, 0, shared) < 0) continue;
        pairs++;
        for (const t of shared) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    const needed = pairs >= 3 ? 2 : 1;
    return new Set([...counts].filter(([, n]) => n >= needed).sort((a, b) => b[1] - a[1] || this.idf(b[0]) - this.idf(a[0])).map(([t]) => t));
  }

  /**
   * A group as callers see it, made once per change of its members (its key terms and stances take pairwise
   * comparisons). Rarity weights drift as other documents come and go; a view is remade when its own members change.
   */
  private claimGroup(g: ClaimGroupState): ClaimGroupView {
    let view = this.claimViews.get(g);
    if (!view) this.claimViews.set(g, (view = this.makeClaimGroup(g)));
    return view;
  }

  private makeClaimGroup(g: ClaimGroupState): ClaimGroupView {
    const key = this.claimKey(g);
    // Members as their documents and (start, end, polarity and hedge) numbers: a listing of every claim group
    // holds these, and makes member objects only for the groups whose members are read.
    const count = g.members.length;
    const docs: DocRecord[] = new Array(count);
    // Plain small integers: a typed array for each of thousands of groups costs more than the numbers.
    const spans: number[] = new Array<number>(MEMBER_FIELDS * count).fill(0);
    // The claim is what most sources say; a document contradicts it when its unhedged statements go the other way.
    const byDoc = new Map<string, number[]>();
    for (let k = 0; k < count; k++) {
      const sid = g.members[k];
      const doc = this.docOf(sid);
      docs[k] = doc;
      spans[MEMBER_FIELDS * k] = this.sentenceStart[sid];
      spans[MEMBER_FIELDS * k + 1] = this.sentenceEnd[sid];
      spans[MEMBER_FIELDS * k + 2] = (this.polarityOf(sid, key) === 'negative' ? MEMBER_NEGATIVE : 0) | (this.sentenceHedged[sid] === 1 ? MEMBER_HEDGED : 0);
      const list = byDoc.get(doc.id);
      if (list) list.push(k);
      else byDoc.set(doc.id, [k]);
    }
    const flags = (k: number): number => spans[MEMBER_FIELDS * k + 2] & (MEMBER_NEGATIVE | MEMBER_HEDGED);
    // A document denies the claim when it negates a key word and states that word nowhere else without a hedge.
    const stance = new Map<string, 'positive' | 'negative'>();
    for (const [docId, ks] of byDoc) {
      const denied = ks.filter((k) => flags(k) & MEMBER_NEGATIVE).flatMap((k) => this.negatedTerms(g.members[k]).filter((t) => key.has(t)));
      const affirmed = denied.some((t) => ks.some((k) => flags(k) === 0 && this.sentenceHas(g.members[k], t)));
      stance.set(docId, denied.length && !affirmed ? 'negative' : 'positive');
    }
    const negatives = [...stance.values()].filter((s) => s === 'negative').length;
    const claimPolarity = negatives * 2 > stance.size ? 'negative' : 'positive';
    // Each member's document's stance against the claim, for the lists of supporting and contradicting documents.
    let contradictingCount = 0;
    for (const s of stance.values()) if (s !== claimPolarity) contradictingCount++;
    for (let k = 0; k < count; k++) if (stance.get(docs[k].id) !== claimPolarity) spans[MEMBER_FIELDS * k + 2] |= MEMBER_DOCUMENT_CONTRADICTS;
    // The label: of the unhedged members of the claim's polarity (else of all), the one that states most of its key
    // terms, then the shortest of 40 characters or more, then the shortest (the first of equals). A sentence of prose
    // labels better than a list item ("- Outlook: Relations depend on …"), taken when no prose is.
    const wanted = claimPolarity === 'negative' ? MEMBER_NEGATIVE : 0;
    const length = (k: number): number => Math.min(spans[MEMBER_FIELDS * k + 1] - spans[MEMBER_FIELDS * k], SNIPPET_LENGTH);
    const keyTerms = (k: number): number => {
      let n = 0;
      for (const t of key) if (this.sentenceHas(g.members[k], t)) n++;
      return n;
    };
    // Each member is read once: its rank (unhedged prose, unhedged list items, then the same hedged), key terms, length.
    let labelAt = 0;
    let best = { rank: Infinity, terms: -1, long: false, length: Infinity };
    for (let k = 0; k < count; k++) {
      const rank = (flags(k) === wanted ? 0 : 2) + (isListItem(docs[k].text, spans[MEMBER_FIELDS * k]) ? 1 : 0);
      if (rank > best.rank) continue;
      const terms = keyTerms(k);
      const size = length(k);
      const long = size >= 40;
      if (rank < best.rank || terms > best.terms || (terms === best.terms && (long !== best.long ? long : size < best.length))) {
        labelAt = k;
        best = { rank, terms, long, length: size };
      }
    }
    const terms = [...key].map((t) => this.termLabel(t));
    const entityIds = [...key].filter((t) => t < 0).map((t) => this.entityIdsByNumber[entityOfTerm(t)]);
    return new ClaimGroupView(g.id, terms, entityIds, stance.size, contradictingCount, docs, spans, labelAt);
  }

  private termLabel(t: number): string {
    if (t >= 0) return this.vocabulary.display[t] ?? this.vocabulary.terms[t];
    const id = this.entityIdsByNumber[entityOfTerm(t)];
    return this.linker.get(id)?.name ?? `${ENTITY_TERM}${id}`;
  }

  private negatedTerms(sid: number): number[] {
    return Array.from(this.termPool.subarray(this.sentenceTermsTo[sid], this.sentenceNegatedTo[sid]));
  }

  private sentenceHas(sid: number, term: number): boolean {
    return rangeHas(this.termPool, this.sentenceTermsFrom[sid], this.sentenceTermsTo[sid], term);
  }

  /** Negative when one of the claim's key words is negated in this sentence. */
  private polarityOf(sid: number, key: Set<number>): 'positive' | 'negative' {
    for (const t of this.negatedTerms(sid)) if (key.has(t)) return 'negative';
    return 'positive';
  }
}

/** Prefix of entity terms in claim group labels, when an entity has left the registry. */
const ENTITY_TERM = 'E:';


function countDocuments(items: Iterable<{ docId: string } | string>): number {
  const docs = new Set<string>();
  for (const m of items) docs.add(typeof m === 'string' ? m : m.docId);
  return docs.size;
}

const quoteGroupId = (g: QuoteGroupState): string => g.id;

/** How many documents the quotes are in; most groups are a few quotes, compared pairwise without a set. */
function quoteDocumentCount(quotes: readonly IndexedQuote[]): number {
  if (quotes.length > 32) return countDocuments(quotes);
  let count = 0;
  for (let i = 0; i < quotes.length; i++) {
    const doc = quotes[i].doc;
    let k = 0;
    while (k < i && quotes[k].doc !== doc) k++;
    if (k === i) count++;
  }
  return count;
}

/** Which of two quotes leads a group: a direct one, then the fuller wording, then the one indexed first. */
function leadsBefore(a: IndexedQuote, b: IndexedQuote): boolean {
  if ((a.kind === 'direct') !== (b.kind === 'direct')) return a.kind === 'direct';
  if (a.wordingLength !== b.wordingLength) return a.wordingLength > b.wordingLength;
  return a.doc.slot !== b.doc.slot ? a.doc.slot < b.doc.slot : a.quoteIndex < b.quoteIndex;
}

/**
 * A quote group as callers see it. Its members, as they were when it was made, become objects when first read,
 * and its wording is read from the leader's text when first asked for: a listing of every group holds little more
 * than the groups' quotes; JSON has it all.
 */
class QuoteGroupView implements QuoteGroup {
  /** Distinct documents, for ordering a listing without making the list. */
  readonly documentCount: number;
  private memberViews: QuoteMember[] | undefined;
  private documentIds: string[] | undefined;
  private leaderText: string | undefined;

  constructor(
    readonly id: string,
    readonly speaker: string | null,
    readonly speakerEntityId: string | null,
    private readonly leader: IndexedQuote,
    private readonly quotes: IndexedQuote[],
    /** Each member's relation to the leader when the view was made. */
    private readonly relations: QuoteRelation[],
    private readonly wordText: WordText,
  ) {
    this.documentCount = quoteDocumentCount(quotes);
  }

  get memberCount(): number {
    return this.quotes.length;
  }

  get text(): string {
    return (this.leaderText ??= quoteText(this.leader));
  }

  get members(): QuoteMember[] {
    return (this.memberViews ??= this.quotes.map((q, k) => new QuoteMemberView(q, this.leader, this.wordText, this.relations[k])));
  }

  get documents(): string[] {
    return (this.documentIds ??= [...new Set(this.quotes.map((q) => q.docId))]);
  }

  toJSON(): QuoteGroup {
    const { id, speaker, speakerEntityId, text, members, documents } = this;
    return { id, speaker, speakerEntityId, text, members, documents };
  }
}

/**
 * A member of a quote group as callers see it. Its wording differences from the leading quote are worked out
 * when first asked for (a listing of thousands of groups need not make them all); JSON has them.
 */
class QuoteMemberView implements QuoteMember {
  /** As when the view was made (a quote's relation changes with its group's leader). */
  readonly relation: QuoteRelation;
  private diff: { added: string[]; missing: string[] } | undefined;

  constructor(
    private readonly quote: IndexedQuote,
    private readonly leader: IndexedQuote,
    private readonly wordText: WordText,
    relation: QuoteRelation,
  ) {
    this.relation = relation;
  }

  get docId(): string {
    return this.quote.docId;
  }

  get start(): number {
    return this.quote.start;
  }

  get end(): number {
    return this.quote.end;
  }

  get quoteIndex(): number {
    return this.quote.quoteIndex;
  }

  get kind(): QuoteKind {
    return this.quote.kind;
  }

  /** Read from the document's text when asked for: a listing of every group need not hold every wording. */
  get text(): string {
    return quoteText(this.quote);
  }

  get speaker(): string | null {
    return this.quote.speakerName;
  }

  get differences(): { added: string[]; missing: string[] } {
    return (this.diff ??= wordingDifference(this.quote, this.leader, this.wordText));
  }

  toJSON(): QuoteMember {
    const { docId, start, end, quoteIndex, kind, text, speaker, relation, differences } = this;
    return { docId, start, end, quoteIndex, kind, text, speaker, relation, differences };
  }
}

/** The quoted or reported words as written (parts joined by " … "). */
function quoteText(q: IndexedQuote): string {
  const n = q.doc.numbers;
  const parts: string[] = [];
  for (let k = 0; k < q.partCount; k++) parts.push(q.doc.text.slice(n[q.partsAt + 2 * k], n[q.partsAt + 2 * k + 1]));
  return parts.join(' … ');
}

/** Do all the terms fit in 16 bits (signed: entity terms are negative)? */
function fitsInt16(terms: Int32Array): boolean {
  for (let i = 0; i < terms.length; i++) if (terms[i] < -0x8000 || terms[i] > 0x7fff) return false;
  return true;
}

/** A copy of the numbers in `slabs`, in 16 bits each when they all fit. */
function narrowedInto(numbers: Int32Array, slabs: Slabs): StoredNumbers {
  for (let i = 0; i < numbers.length; i++) if (numbers[i] < 0 || numbers[i] > 0xffff) return slabs.copy(numbers);
  const narrow = slabs.uint16(numbers.length);
  narrow.set(numbers);
  return narrow;
}

/** A document's mentioned entities (indices among its analysed ones) in the order of their first mentions, and each one's count of mentions. */
interface EntitiesInOrder {
  count: number;
  entities: Int32Array;
  /** By entity index. */
  mentions: Int32Array;
}

/**
 * The entities of mentions sorted by start (start, end, entity index, kind index each), by first mention, in the
 * buffers given (of `entityCount` numbers or more).
 */
function entitiesInOrder(numbers: Int32Array, mentionCount: number, entityCount: number, entities: Int32Array, mentions: Int32Array): EntitiesInOrder {
  mentions.fill(0, 0, entityCount);
  let count = 0;
  for (let i = 0; i < mentionCount; i++) {
    const e = numbers[4 * i + 2];
    if (mentions[e]++ === 0) entities[count++] = e;
  }
  return { count, entities, mentions };
}

/** What linking read of a document's entities, as the linker takes it. */
function linkableEntities(record: DocRecord): LinkableEntity[] {
  const out: LinkableEntity[] = [];
  const starts = 4 * record.mentionCount;
  const types = starts + record.entityCount + 1;
  for (let i = 0; i < record.entityCount; i++) {
    const from = record.numbers[starts + i];
    const to = record.numbers[starts + i + 1];
    // Most entities are written one way in a document: their forms besides the name are the shared empty list.
    const forms = to > from + 1 ? record.entityNames.slice(from + 1, to) : NO_ALIASES;
    out.push({ name: record.entityNames[from], type: ENTITY_TYPES[record.numbers[types + i]], aliases: NO_ALIASES, forms });
  }
  return out;
}

/** The mentions of one entity in one document, as spans. */
function mentionsOf(doc: DocRecord, entityId: string): (Span & { kind: EntityMentionKind })[] {
  const out: (Span & { kind: EntityMentionKind })[] = [];
  const m = doc.numbers;
  for (let i = 0; i < 4 * doc.mentionCount; i += 4) if (doc.entityIds[m[i + 2]] === entityId) out.push({ start: m[i], end: m[i + 1], kind: MENTION_KINDS[m[i + 3]] });
  return out;
}

/**
 * An entity group as callers see it. Its documents become objects when first read (a listing of every entity
 * need not make one per document and entity); JSON has them.
 */
class EntityGroupView implements EntityGroup {
  private documentViews: EntityDocument[] | undefined;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly type: EntityType,
    readonly aliases: string[],
    readonly confirmed: boolean,
    readonly mentionCount: number,
    /** The documents that mention it when the view was made, in index order. */
    private readonly docs: DocRecord[],
  ) {}

  get documentCount(): number {
    return this.docs.length;
  }

  get documents(): EntityDocument[] {
    return (this.documentViews ??= this.docs.map((doc) => new EntityDocument(doc, this.id)));
  }

  toJSON(): EntityGroup {
    const { id, name, type, aliases, confirmed, documents, mentionCount } = this;
    return { id, name, type, aliases, confirmed, documents, mentionCount };
  }
}

/**
 * A document's part of an entity group. Its mention spans are read from the index's flat arrays when first
 * asked for (an entity of thousands of documents is looked up without making every span); JSON has them all.
 */
class EntityDocument {
  private spans: (Span & { kind: EntityMentionKind })[] | undefined;

  constructor(
    private readonly doc: DocRecord,
    private readonly entityId: string,
  ) {}

  get docId(): string {
    return this.doc.id;
  }

  get mentions(): readonly (Span & { kind: EntityMentionKind })[] {
    return (this.spans ??= mentionsOf(this.doc, this.entityId));
  }

  toJSON(): { docId: string; mentions: readonly (Span & { kind: EntityMentionKind })[] } {
    return { docId: this.docId, mentions: this.mentions };
  }
}

/**
 * Has the quote whose prepared numbers start at `quotes[at]` a content word (not a function word) outside every
 * entity mention? `mentions` are start, end, entity, kind, sorted by start.
 */
function saysMoreThanNames(words: ScannedWords, quotes: Int32Array, at: number, mentions: Int32Array): boolean {
  const parts = at + PREPARED_QUOTE_FIELDS;
  for (let p = 0; p < quotes[at + PREPARED_QUOTE_PARTS]; p++) {
    const start = quotes[parts + 2 * p];
    const end = quotes[parts + 2 * p + 1];
    for (let i = firstWordFrom(words, start); i < words.count && words.starts[i] < end; i++) {
      if (words.terms[i] < 0) continue;
      // The mentions that start at or before the word; one of the last few holds it if any does (few nest).
      let m = lastMentionAtOrBefore(mentions, words.starts[i]);
      let inside = false;
      for (let k = 0; k < 4 && m >= 0; k++, m--) if (mentions[4 * m + 1] >= words.ends[i]) inside = true;
      if (!inside) return true;
    }
  }
  return false;
}

/** The first word that starts at or after `offset`. */
function firstWordFrom(words: ScannedWords, offset: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last mention (four numbers each, sorted by start) that starts at or before `offset`, or -1. */
function lastMentionAtOrBefore(mentions: Int32Array, offset: number): number {
  let lo = 0;
  let hi = mentions.length / 4;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[4 * mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The words of a document's quotes as grouping compares them, as readQuoteWords reads one quote: quote k's word ids
 * in order are words[wordsAt[k] .. wordsAt[k + 1]), its distinct terms, sorted, terms[termsAt[k] .. termsAt[k + 1]),
 * and lengths[k] its written length. In buffers kept from one document to the next, without a set or an array made
 * for each quote; what they hold is copied out before the next document is read.
 */
class QuoteWordReader {
  words = new Int32Array(1024);
  terms = new Int32Array(256);
  wordsAt = new Int32Array(65);
  termsAt = new Int32Array(65);
  lengths = new Int32Array(64);
  /** By term id: the serial of the last quote that took it (a set without clearing). */
  private seen = new Int32Array(1024);
  private serial = 0;

  /** Reads quotes `which` (places in `quoteAt`) of `quotes`, the prepared document's numbers; `terms` is how many term ids there are. */
  read(words: ScannedWords, quotes: Int32Array, quoteAt: Int32Array, which: readonly number[], terms: number, wordLength: (word: number) => number): this {
    if (this.lengths.length < which.length) {
      this.wordsAt = new Int32Array(2 * which.length + 1);
      this.termsAt = new Int32Array(2 * which.length + 1);
      this.lengths = new Int32Array(2 * which.length);
    }
    if (this.seen.length < terms) {
      this.seen = new Int32Array(2 * terms);
      this.serial = 0;
    }
    if (this.serial > 0x3fffffff) {
      this.seen.fill(0);
      this.serial = 0;
    }
    let wordCount = 0;
    let termCount = 0;
    for (let q = 0; q < which.length; q++) {
      const serial = ++this.serial;
      const at = quoteAt[which[q]];
      const parts = at + PREPARED_QUOTE_FIELDS;
      const firstTerm = termCount;
      let length = -1;
      for (let p = 0; p < quotes[at + PREPARED_QUOTE_PARTS]; p++) {
        const end = quotes[parts + 2 * p + 1];
        for (let i = firstWordFrom(words, quotes[parts + 2 * p]); i < words.count && words.starts[i] < end; i++) {
          if (wordCount === this.words.length) this.words = grow(this.words, wordCount + 1);
          const word = words.wordIds[i];
          this.words[wordCount++] = word;
          length += wordLength(word) + 1;
          const t = words.terms[i];
          if (t < 0 || this.seen[t] === serial) continue;
          this.seen[t] = serial;
          if (termCount === this.terms.length) this.terms = grow(this.terms, termCount + 1);
          // In order as they come: a quote has a few distinct terms.
          let k = termCount++;
          while (k > firstTerm && this.terms[k - 1] > t) {
            this.terms[k] = this.terms[k - 1];
            k--;
          }
          this.terms[k] = t;
        }
      }
      this.wordsAt[q + 1] = wordCount;
      this.termsAt[q + 1] = termCount;
      this.lengths[q] = Math.max(length, 0);
    }
    return this;
  }
}

/**
 * The words of a quote's parts (`partCount` start, end pairs from `parts[from]`) as grouping compares them: word ids
 * in order, distinct terms, written length.
 */
function readQuoteWords(words: ScannedWords, parts: ArrayLike<number>, from: number, partCount: number, wordLength: (word: number) => number): QuoteWords {
  const out: number[] = [];
  const terms = new Set<number>();
  let length = -1;
  for (let p = 0; p < partCount; p++) {
    const end = parts[from + 2 * p + 1];
    for (let i = firstWordFrom(words, parts[from + 2 * p]); i < words.count && words.starts[i] < end; i++) {
      out.push(words.wordIds[i]);
      length += wordLength(words.wordIds[i]) + 1;
      if (words.terms[i] >= 0) terms.add(words.terms[i]);
    }
  }
  return { words: out, terms: [...terms], length: Math.max(length, 0) };
}

/**
 * A sentence of a claim group as callers see it; its text is read from the document's text when asked for (a
 * listing of every claim need not hold every sentence); JSON has it.
 */
class ClaimMemberView implements ClaimMember {
  readonly docId: string;

  constructor(
    private readonly doc: DocRecord,
    readonly start: number,
    readonly end: number,
    readonly polarity: 'positive' | 'negative',
    readonly hedged: boolean,
  ) {
    this.docId = doc.id;
  }

  get text(): string {
    return snippet(this.doc.text, this.start, this.end);
  }

  toJSON(): ClaimMember {
    const { docId, start, end, text, polarity, hedged } = this;
    return { docId, start, end, text, polarity, hedged };
  }
}

/** A claim member's numbers in its group's view: start, end, and polarity and hedge as flags. */
const MEMBER_FIELDS = 3;
const MEMBER_NEGATIVE = 1;
const MEMBER_HEDGED = 2;
/** The member's document goes against the group's claim (it is among the contradicting documents). */
const MEMBER_DOCUMENT_CONTRADICTS = 4;

/**
 * A claim group as callers see it. Its members are kept as numbers and made into objects when first read, and its
 * label is read from the document's text when first asked for: a listing of every claim holds little more than
 * the groups' documents; JSON has it all.
 */
class ClaimGroupView implements ClaimGroup {
  private memberViews: ClaimMember[] | undefined;
  private labelText: string | undefined;
  private supportingIds: string[] | undefined;
  private contradictingIds: string[] | undefined;

  constructor(
    readonly id: string,
    readonly terms: string[],
    readonly entityIds: string[],
    /** Distinct documents, and those against the claim, for ordering a listing without making the lists. */
    readonly documentCount: number,
    readonly contradictingCount: number,
    private readonly docs: DocRecord[],
    /** MEMBER_FIELDS numbers per member. */
    private readonly spans: readonly number[],
    /** The member whose sentence is the label. */
    private readonly labelAt: number,
  ) {}

  get label(): string {
    const at = MEMBER_FIELDS * this.labelAt;
    return (this.labelText ??= snippet(this.docs[this.labelAt].text, this.spans[at], this.spans[at + 1]));
  }

  get supporting(): string[] {
    return (this.supportingIds ??= this.documentsWhere(0));
  }

  get contradicting(): string[] {
    return (this.contradictingIds ??= this.documentsWhere(MEMBER_DOCUMENT_CONTRADICTS));
  }

  /** Distinct documents, in the order of their first members, whose stance flag is `against`. */
  private documentsWhere(against: number): string[] {
    const ids: string[] = [];
    const seen = new Set<DocRecord>();
    this.docs.forEach((doc, k) => {
      if (seen.has(doc)) return;
      seen.add(doc);
      if ((this.spans[MEMBER_FIELDS * k + 2] & MEMBER_DOCUMENT_CONTRADICTS) === against) ids.push(doc.id);
    });
    return ids;
  }

  get members(): ClaimMember[] {
    return (this.memberViews ??= this.docs.map((doc, k) => {
      const at = MEMBER_FIELDS * k;
      const flags = this.spans[at + 2];
      return new ClaimMemberView(doc, this.spans[at], this.spans[at + 1], flags & MEMBER_NEGATIVE ? 'negative' : 'positive', (flags & MEMBER_HEDGED) !== 0);
    }));
  }

  toJSON(): ClaimGroup {
    const { id, label, terms, entityIds, members, supporting, contradicting } = this;
    return { id, label, terms, entityIds, members, supporting, contradicting };
  }
}


/** A sentence as written, cut to a display length (the index keeps each document's text for this). */
/** Whether the sentence at `start` is a list item's (its line opens with a marker before it: "- ", "• ", "3. "). */
function isListItem(text: DocumentText, start: number): boolean {
  const from = Math.max(0, start - 8);
  const before = text.slice(from, start);
  const newline = before.lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  const lineStart = from + newline + 1;
  if (lineStart === start) return false;
  const line = text.slice(lineStart, start + 1);
  return afterListMarker(line, 0, line.length) === start - lineStart;
}

function snippet(text: DocumentText, start: number, end: number): string {
  return end - start > SNIPPET_LENGTH ? text.slice(start, start + SNIPPET_LENGTH - 1) + '…' : text.slice(start, end);
}

