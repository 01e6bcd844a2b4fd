// CrossSourceIndex: one story across many articles — the same entities, quotes and claims, and where sources disagree.
import { analyze } from '../analyze';
import type { Analysis, AnalyzeOptions, ConfirmedEntity, EntityMentionKind, EntityType, QuoteKind, Span } from '../types';
import { matchClaims, readClaimSentence, type ClaimGroupState, type ClaimSentence, ENTITY_TERM } from './claimGroups';
import { EntityLinker, type LinkableEntity } from './entityLinker';
import { matchQuotes, quoteRecord, wordingDifference, type QuoteRecord, type QuoteRelation } from './quoteGroups';
import { PostingIndex } from './postings';
import { splitSentences } from './sentences';
import { CLASS_TERMS } from './wordClasses';
import { termsOf } from './terms';

export { EntityLinker, type LinkedEntity, type LinkableEntity } from './entityLinker';
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
  /** How close (0..1, rarity-weighted share of the smaller sentence) two sentences must be to state one claim. */
  claimSimilarity?: number;
}

/** A document to index: its text (or a way to read it), and optionally an analysis already made. */
export interface IndexInput {
  id: string;
  text: string | (() => string | Promise<string>);
  analysis?: Analysis;
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

interface DocRecord {
  entities: LinkableEntity[];
  entityIds: string[];
  mentions: (SourceSpan & { entityId: string; kind: EntityMentionKind })[];
  quotes: QuoteRecord[];
  sentences: ClaimSentence[];
}

interface QuoteGroupState {
  id: string;
  leader: QuoteRecord;
  members: Map<QuoteRecord, QuoteRelation>;
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
const EXTRA_LINK_RATIO = 0.8;
const EXTRA_LINK_MARGIN = 0.05;
const DEFAULT_YIELD_MS = 50;
/** ln(df + 1) for small df: rarity weights are read for every term of every comparison. */
const LOG_TABLE = Float64Array.from({ length: 4096 }, (_, df) => Math.log(df + 1));
/** Quote candidates: fewer probe terms and shorter lists than claims (quotes are fewer and more literal). */
const QUOTE_PROBE_TERMS = 4;
const QUOTE_MAX_POSTINGS = 60;

/**
 * The cross-source index of a workspace. Documents are added, changed and removed one at a time (a changed
 * document is re-analysed alone); entity, quote and claim groups are kept up to date as that happens, so
 * lookups stay cheap. Keeps each document's text (for display snippets), never its full analysis: spans, terms and links.
 */
export class CrossSourceIndex {
  private readonly docs = new Map<string, DocRecord>();
  /** Document texts, for display snippets (sentences of claims). */
  private readonly texts = new Map<string, string>();
  private linker: EntityLinker;
  private readonly analyzeText: (text: string, options: AnalyzeOptions) => Analysis;
  private readonly analyzeOptions: AnalyzeOptions;
  private readonly claimSimilarity: number;
  private registry: readonly ConfirmedEntity[];

  private readonly mentionsByEntity = new Map<string, Map<string, (SourceSpan & { kind: EntityMentionKind })[]>>();

  private readonly quoteGroups = new Map<string, QuoteGroupState>();
  private readonly quoteGroupOf = new Map<QuoteRecord, QuoteGroupState>();
  private readonly quoteLeadersByTerm = new PostingIndex<QuoteGroupState>(POSTINGS_CAP);
  private nextQuoteGroup = 0;

  private readonly claimGroups = new Map<string, ClaimGroupState>();
  /** The group a sentence joined (or started). */
  private readonly claimGroupOf = new Map<ClaimSentence, ClaimGroupState>();
  /** Further memberships a sentence made when placed: itself in others' groups, and others in its own. */
  private readonly claimLinksOf = new Map<ClaimSentence, [ClaimSentence, ClaimGroupState][]>();
  /** The groups a sentence was linked into besides its own. */
  private readonly extraClaimGroupsOf = new Map<ClaimSentence, Set<ClaimGroupState>>();
  private readonly sentencesByTerm = new PostingIndex<ClaimSentence>(POSTINGS_CAP);
  private readonly claimViews = new WeakMap<ClaimGroupState, ClaimGroup>();
  private readonly termWords = new Map<string, string>();
  private readonly sentenceFrequency = new Map<string, number>();
  private sentenceCount = 0;
  private nextClaimGroup = 0;

  constructor(options: CrossSourceIndexOptions = {}) {
    this.analyzeText = options.analyze ?? analyze;
    this.registry = options.registry ?? [];
    this.analyzeOptions = { ...options.analyzeOptions, registry: this.registry };
    this.claimSimilarity = options.claimSimilarity ?? DEFAULT_CLAIM_SIMILARITY;
    this.linker = new EntityLinker({ registry: this.registry });
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

  /**
   * Adds or replaces one document. Analyses `text` unless `analysis` (of exactly this text) is given.
   * Only this document is re-analysed; the groups it belonged to are updated in place.
   */
  update(docId: string, text: string, analysis?: Analysis): void {
    const result = analysis && analysis.textLength === text.length ? analysis : this.analyzeText(text, this.analyzeOptions);
    if (this.docs.has(docId)) this.remove(docId);
    const record = this.readDocument(docId, text, result);
    this.docs.set(docId, record);
    this.texts.set(docId, text);
    for (const q of record.quotes) this.placeQuote(q);
    for (const s of record.sentences) this.addSentenceFrequency(s, 1);
    for (const s of record.sentences) this.placeSentence(s);
  }

  /** Drops a document and its part in every group. Returns false when it was not indexed. */
  remove(docId: string): boolean {
    const record = this.docs.get(docId);
    if (!record) return false;
    this.docs.delete(docId);
    this.texts.delete(docId);
    record.entities.forEach((e, i) => this.linker.unlink(record.entityIds[i], e));
    for (const id of new Set(record.entityIds)) {
      const byDoc = this.mentionsByEntity.get(id);
      byDoc?.delete(docId);
      if (byDoc && !byDoc.size) this.mentionsByEntity.delete(id);
    }
    for (const q of record.quotes) this.unplaceQuote(q);
    for (const s of record.sentences) this.unplaceSentence(s);
    for (const s of record.sentences) this.addSentenceFrequency(s, -1);
    return true;
  }

  /** Empties the index, keeping its options. */
  clear(): void {
    for (const id of [...this.docs.keys()]) this.remove(id);
  }

  /**
   * Replaces the confirmed registry (a sidecar changed). Entity links are rebuilt from the stored document
   * entities; no document is re-analysed, so the analyzer's own use of the registry catches up on each update().
   */
  setRegistry(registry: readonly ConfirmedEntity[]): void {
    this.registry = registry;
    this.analyzeOptions.registry = registry;
    const docs = [...this.docs.entries()];
    this.linker = new EntityLinker({ registry });
    this.mentionsByEntity.clear();
    for (const [docId, record] of docs) {
      const ids = this.linker.linkAll(record.entities);
      const remap = new Map(record.entityIds.map((old, i) => [old, ids[i]]));
      record.entityIds = ids;
      for (const m of record.mentions) {
        m.entityId = remap.get(m.entityId) ?? m.entityId;
        this.fileMention(docId, m);
      }
    }
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

  /** Every entity, most-mentioned first; `minDocuments` (default 1) keeps only those in at least that many documents. */
  entities(minDocuments = 1): EntityGroup[] {
    const out: EntityGroup[] = [];
    for (const id of this.mentionsByEntity.keys()) {
      const group = this.entityGroup(id);
      if (group && group.documents.length >= minDocuments) out.push(group);
    }
    return out.sort((a, b) => b.documents.length - a.documents.length || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  }

  /** The entity a name refers to (any form: "Putin", "President Vladimir Putin", "Zelensky"), or undefined. */
  lookupEntity(name: string, type?: EntityType): EntityGroup | undefined {
    const linked = this.linker.find(name, type);
    return linked ? this.entityGroup(linked.id) : undefined;
  }

  entity(id: string): EntityGroup | undefined {
    return this.entityGroup(id);
  }

  /** Quotes told by more than one source (or by one source, with `minDocuments` = 1), most sources first. */
  quotes(minDocuments = 2): QuoteGroup[] {
    const out: QuoteGroup[] = [];
    for (const g of this.quoteGroups.values()) {
      const docs = new Set([...g.members.keys()].map((m) => m.docId));
      if (docs.size >= minDocuments) out.push(this.quoteGroup(g));
    }
    return out.sort((a, b) => b.documents.length - a.documents.length || b.members.length - a.members.length);
  }

  /** The quote groups whose wording matches `text` (verbatim, part of it, or a variant), best first (at most `limit`). */
  lookupQuote(text: string, speaker?: string, limit = 10): QuoteGroup[] {
    const speakerId = speaker ? (this.linker.find(speaker)?.id ?? null) : null;
    const probe = quoteRecord('', -1, 'direct', { start: 0, end: 0 }, text, speaker ?? null, speakerId);
    const scored: [number, QuoteGroupState][] = [];
    for (const g of this.quoteCandidates(probe)) {
      const m = matchQuotes(probe, g.leader);
      if (m) scored.push([m.score, g]);
    }
    return scored
      .sort((a, b) => b[0] - a[0])
      .slice(0, limit)
      .map(([, g]) => this.quoteGroup(g));
  }

  /** Claims stated by more than one source, with the sources that support and contradict each; most sources first. */
  claims(minDocuments = 2): ClaimGroup[] {
    const out: ClaimGroup[] = [];
    for (const g of this.claimGroups.values()) {
      const docs = new Set([...g.members].map((m) => m.docId));
      if (docs.size >= minDocuments) out.push(this.claimGroup(g));
    }
    return out.sort((a, b) => b.supporting.length + b.contradicting.length - (a.supporting.length + a.contradicting.length) || b.contradicting.length - a.contradicting.length);
  }

  /** Entities, quotes and claims at `offset` in a document, each with the same thing in the other documents. */
  referencesAt(docId: string, offset: number): CrossReference[] {
    const record = this.docs.get(docId);
    if (!record) return [];
    const out: CrossReference[] = [];
    const inside = (s: Span): boolean => s.start <= offset && offset < s.end;
    for (const m of record.mentions) {
      if (!inside(m)) continue;
      const linked = this.linker.get(m.entityId);
      const others: CrossReference['others'] = [];
      for (const [otherDoc, spans] of this.mentionsByEntity.get(m.entityId) ?? []) if (otherDoc !== docId) for (const s of spans) others.push(s);
      out.push({ kind: 'entity', groupId: m.entityId, label: linked?.name ?? '', span: { start: m.start, end: m.end }, others });
    }
    for (const q of record.quotes) {
      if (!inside(q)) continue;
      const g = this.quoteGroupOf.get(q);
      if (!g) continue;
      const others = [...g.members.keys()].filter((m) => m.docId !== docId).map((m) => ({ docId: m.docId, start: m.start, end: m.end, text: m.text }));
      if (others.length) out.push({ kind: 'quote', groupId: g.id, label: g.leader.text, span: { start: q.start, end: q.end }, others });
    }
    for (const s of record.sentences) {
      if (!inside(s)) continue;
      for (const g of this.claimGroupsContaining(s)) {
        const view = this.claimGroup(g);
        const others = view.members.filter((m) => m.docId !== docId).map((m) => ({ docId: m.docId, start: m.start, end: m.end, text: m.text, polarity: m.polarity }));
        const here = view.members.find((m) => m.docId === docId && m.start === s.start);
        if (others.length) out.push({ kind: 'claim', groupId: g.id, label: view.label, span: { start: s.start, end: s.end }, polarity: here?.polarity, others });
      }
    }
    return out;
  }

  // ---- documents

  private readDocument(docId: string, text: string, analysis: Analysis): DocRecord {
    const entities: LinkableEntity[] = analysis.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      // Distinct forms only: that is all linking looks at, and a name may be repeated dozens of times.
      mentions: [...new Map(e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => [m.text, { kind: m.kind, text: m.text }])).values()],
    }));
    const entityIds = this.linker.linkAll(entities);
    const mentions: DocRecord['mentions'] = [];
    analysis.entities.forEach((e, i) => {
      for (const m of e.mentions) {
        if (m.kind === 'demonym') continue;
        const mention = { docId, start: m.start, end: m.end, entityId: entityIds[i], kind: m.kind };
        mentions.push(mention);
        this.fileMention(docId, mention);
      }
    });
    mentions.sort((a, b) => a.start - b.start);

    const quotes = analysis.quotes.map((q, i) => {
      const words = q.parts.map((p) => text.slice(p.start, p.end)).join(' … ');
      const speakerId = q.speaker?.entityId ? (entityIds[analysis.entities.findIndex((e) => e.id === q.speaker!.entityId)] ?? null) : null;
      return quoteRecord(docId, i, q.kind, q, words, q.speaker?.name ?? null, speakerId);
    });

    const sentences: ClaimSentence[] = [];
    let m = 0;
    const hedgeStarts = analysis.hedges.map((h) => h.start).sort((a, b) => a - b);
    let h = 0;
    for (const span of splitSentences(text)) {
      // Mentions and hedges are sorted, and so are sentences: one forward pass each.
      while (m < mentions.length && mentions[m].start < span.start) m++;
      let end = m;
      while (end < mentions.length && mentions[end].start < span.end) end++;
      while (h < hedgeStarts.length && hedgeStarts[h] < span.start) h++;
      const hedged = h < hedgeStarts.length && hedgeStarts[h] < span.end;
      if (end === m) continue;
      const sentence = readClaimSentence(docId, text, span, mentions.slice(m, end), hedged, this.termWords);
      if (sentence.terms.length >= 3) sentences.push(sentence);
    }
    return { entities, entityIds, mentions, quotes, sentences };
  }

  private fileMention(docId: string, m: SourceSpan & { entityId: string; kind: EntityMentionKind }): void {
    let byDoc = this.mentionsByEntity.get(m.entityId);
    if (!byDoc) this.mentionsByEntity.set(m.entityId, (byDoc = new Map()));
    let spans = byDoc.get(docId);
    if (!spans) byDoc.set(docId, (spans = []));
    spans.push(m);
  }

  private entityGroup(id: string): EntityGroup | undefined {
    const linked = this.linker.get(id);
    const byDoc = this.mentionsByEntity.get(id);
    if (!linked || !byDoc) return undefined;
    const documents: EntityGroup['documents'] = [];
    let mentionCount = 0;
    for (const [docId, spans] of byDoc) {
      mentionCount += spans.length;
      documents.push({ docId, mentions: spans });
    }
    return { id, name: linked.name, type: linked.type, aliases: [...linked.forms.keys()].filter((f) => f !== linked.name), confirmed: linked.confirmed, documents, mentionCount };
  }

  // ---- quotes

  /** Groups whose leading quote shares the quote's rarer words, most shared first (a bounded few). */
  private quoteCandidates(q: QuoteRecord): QuoteGroupState[] {
    const probe = q.terms
      .map((t) => [t, this.quoteLeadersByTerm.count(t)] as const)
      .filter(([, n]) => n > 0 && n <= QUOTE_MAX_POSTINGS)
      .sort((a, b) => a[1] - b[1])
      .slice(0, QUOTE_PROBE_TERMS);
    const hits = new Map<QuoteGroupState, number>();
    for (const [t] of probe) for (const g of this.quoteLeadersByTerm.get(t)!) hits.set(g, (hits.get(g) ?? 0) + 1);
    const needed = Math.min(2, probe.length);
    return [...hits]
      .filter(([, n]) => n >= needed)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([g]) => g);
  }

  private placeQuote(q: QuoteRecord): void {
    let best: QuoteGroupState | null = null;
    let bestMatch: ReturnType<typeof matchQuotes> = null;
    for (const g of this.quoteCandidates(q)) {
      const m = matchQuotes(q, g.leader);
      if (m && (!bestMatch || m.score > bestMatch.score)) [best, bestMatch] = [g, m];
    }
    if (best && bestMatch) {
      best.members.set(q, bestMatch.relation);
      this.quoteGroupOf.set(q, best);
      // The fullest direct wording leads, so that partial quotes and paraphrases are compared with it.
      if (q.kind === 'direct' && (best.leader.kind !== 'direct' || q.wording.length > best.leader.wording.length)) this.setQuoteLeader(best, q);
      return;
    }
    const group: QuoteGroupState = { id: `q${this.nextQuoteGroup++}`, leader: q, members: new Map([[q, 'verbatim']]) };
    this.quoteGroups.set(group.id, group);
    this.quoteGroupOf.set(q, group);
    this.fileLeader(this.quoteLeadersByTerm, group, q.terms, 1);
  }

  private setQuoteLeader(g: QuoteGroupState, q: QuoteRecord): void {
    this.fileLeader(this.quoteLeadersByTerm, g, g.leader.terms, -1);
    g.leader = q;
    this.fileLeader(this.quoteLeadersByTerm, g, q.terms, 1);
    for (const m of g.members.keys()) g.members.set(m, m === q ? 'verbatim' : (matchQuotes(m, q)?.relation ?? 'variant'));
  }

  private unplaceQuote(q: QuoteRecord): void {
    const g = this.quoteGroupOf.get(q);
    if (!g) return;
    this.quoteGroupOf.delete(q);
    g.members.delete(q);
    if (!g.members.size) {
      this.fileLeader(this.quoteLeadersByTerm, g, g.leader.terms, -1);
      this.quoteGroups.delete(g.id);
    } else if (g.leader === q) {
      const next = [...g.members.keys()].sort((a, b) => Number(b.kind === 'direct') - Number(a.kind === 'direct') || b.wording.length - a.wording.length)[0];
      this.fileLeader(this.quoteLeadersByTerm, g, q.terms, -1);
      g.leader = next;
      this.fileLeader(this.quoteLeadersByTerm, g, next.terms, 1);
    }
  }

  private quoteGroup(g: QuoteGroupState): QuoteGroup {
    const members: QuoteMember[] = [...g.members].map(([m, relation]) => ({
      docId: m.docId,
      start: m.start,
      end: m.end,
      quoteIndex: m.quoteIndex,
      kind: m.kind,
      text: m.text,
      speaker: m.speakerName,
      relation,
      differences: wordingDifference(m.wording, g.leader.wording),
    }));
    const speakerIds = new Set([...g.members.keys()].map((m) => m.speakerId).filter((s): s is string => s !== null));
    const speakerEntityId = speakerIds.size === 1 ? [...speakerIds][0] : null;
    const speaker = speakerEntityId ? (this.linker.get(speakerEntityId)?.name ?? null) : (g.leader.speakerName ?? null);
    return { id: g.id, speaker, speakerEntityId, text: g.leader.text, members, documents: [...new Set(members.map((m) => m.docId))] };
  }

  // ---- claims

  private addSentenceFrequency(s: ClaimSentence, by: 1 | -1): void {
    this.sentenceCount += by;
    for (const t of s.terms) {
      const n = (this.sentenceFrequency.get(t) ?? 0) + by;
      if (n > 0) this.sentenceFrequency.set(t, n);
      else this.sentenceFrequency.delete(t);
    }
  }

  private readonly idf = (term: string): number => {
    const df = this.sentenceFrequency.get(term) ?? 0;
    return Math.log(this.sentenceCount + 1) - (df < LOG_TABLE.length ? LOG_TABLE[df] : Math.log(df + 1));
  };

  /**
   * Puts a sentence in the claim group of the most similar sentence of another document, found through the
   * sentence's rarest terms; a sentence like no other starts a group of its own.
   */
  private placeSentence(s: ClaimSentence): void {
    // Each term's sentence frequency, read once; rarest first.
    const byRarity = s.terms.map((t) => [t, this.sentenceFrequency.get(t) ?? 0] as const).sort((a, b) => a[1] - b[1]);
    const limit = Math.max(CANDIDATE_MIN_DF, this.sentenceCount * CANDIDATE_MAX_SHARE);
    const hits = new Map<ClaimSentence, number>();
    // Rarest terms first (a term only this sentence has finds nothing), within a budget of postings read:
    // the cost per sentence stays flat as the index grows.
    let budget = POSTINGS_BUDGET;
    let probed = 0;
    for (const [t, df] of byRarity) {
      if (df <= 1) continue;
      if (df > limit || probed++ >= CANDIDATE_TERMS) break;
      const postings = this.sentencesByTerm.get(t);
      if (!postings) continue;
      if (postings.size > budget) break;
      budget -= postings.size;
      for (const other of postings) if (other.docId !== s.docId) hits.set(other, (hits.get(other) ?? 0) + 1);
    }
    const candidates: [ClaimSentence, number][] = [];
    for (const [other, n] of hits) if (n >= 2) candidates.push([other, n]);
    candidates.sort((a, b) => b[1] - a[1]);
    const matches: [ClaimSentence, number][] = [];
    for (let i = 0; i < candidates.length && i < MAX_CANDIDATES; i++) {
      const m = matchClaims(s, candidates[i][0], this.idf, this.claimSimilarity);
      if (m) matches.push([candidates[i][0], m.score]);
    }
    matches.sort((a, b) => b[1] - a[1]);
    // Listed under its rarest words only: a later sentence that says the same shares those, and the lists stay small.
    // Entities and interchangeable-word classes are what other sources share in other words, so they are always listed.
    let rare = 0;
    for (const [t] of byRarity) {
      if (t.startsWith(ENTITY_TERM) || CLASS_TERMS.has(t)) this.sentencesByTerm.add(t, s);
      else if (rare++ < POSTED_TERMS) this.sentencesByTerm.add(t, s);
    }
    let group = matches.length ? this.claimGroupOf.get(matches[0][0]) : undefined;
    if (!group) {
      group = { id: `c${this.nextClaimGroup++}`, leader: s, members: new Set() };
      this.claimGroups.set(group.id, group);
    }
    group.members.add(s);
    this.claimViews.delete(group);
    this.claimGroupOf.set(s, group);
    // A sentence can state two claims ("at the forum in Sochi, Putin acknowledged Trump's desire…"): a runner-up
    // match nearly as strong as the best also joins the two sentences' groups, one step only, so groups do not chain.
    const links: [ClaimSentence, ClaimGroupState][] = [];
    for (const [other, score] of matches.slice(1, MAX_EXTRA_LINKS + 1)) {
      if (score < matches[0][1] * EXTRA_LINK_RATIO || score < this.claimSimilarity + EXTRA_LINK_MARGIN) break;
      const theirs = this.claimGroupOf.get(other);
      if (!theirs || theirs === group) continue;
      if (!theirs.members.has(s)) {
        this.joinClaimGroup(s, theirs);
        links.push([s, theirs]);
      }
      if (!group.members.has(other)) {
        this.joinClaimGroup(other, group);
        links.push([other, group]);
      }
    }
    if (links.length) this.claimLinksOf.set(s, links);
  }

  private joinClaimGroup(s: ClaimSentence, g: ClaimGroupState): void {
    g.members.add(s);
    this.claimViews.delete(g);
    let extra = this.extraClaimGroupsOf.get(s);
    if (!extra) this.extraClaimGroupsOf.set(s, (extra = new Set()));
    extra.add(g);
  }

  private claimGroupsContaining(s: ClaimSentence): ClaimGroupState[] {
    const out = new Set<ClaimGroupState>();
    const own = this.claimGroupOf.get(s);
    if (own) out.add(own);
    for (const g of this.extraClaimGroupsOf.get(s) ?? []) if (g.members.has(s)) out.add(g);
    return [...out];
  }

  private unplaceSentence(s: ClaimSentence): void {
    for (const t of s.terms) {
      this.sentencesByTerm.delete(t, s);
    }
    for (const [member, g] of this.claimLinksOf.get(s) ?? []) this.leaveClaimGroup(member, g);
    this.claimLinksOf.delete(s);
    const g = this.claimGroupOf.get(s);
    this.claimGroupOf.delete(s);
    if (g) this.leaveClaimGroup(s, g);
    // Memberships that other sentences gave this one.
    for (const lg of this.extraClaimGroupsOf.get(s) ?? []) this.leaveClaimGroup(s, lg);
    this.extraClaimGroupsOf.delete(s);
  }

  private leaveClaimGroup(s: ClaimSentence, g: ClaimGroupState): void {
    if (!g.members.delete(s)) return;
    this.claimViews.delete(g);
    this.extraClaimGroupsOf.get(s)?.delete(g);
    if (!g.members.size) {
      this.claimGroups.delete(g.id);
      return;
    }
    if (g.leader === s) {
      // The group goes on under a sentence that joined it for itself.
      const next = [...g.members].find((m) => this.claimGroupOf.get(m) === g);
      if (next) {
        g.leader = next;
      } else {
        for (const m of g.members) this.extraClaimGroupsOf.get(m)?.delete(g);
        g.members.clear();
        this.claimGroups.delete(g.id);
      }
    }
  }

  private fileLeader(index: PostingIndex<QuoteGroupState>, group: QuoteGroupState, terms: readonly string[], by: 1 | -1): void {
    for (const t of terms) {
      if (by > 0) index.add(t, group);
      else index.delete(t, group);
    }
  }


  /** The terms that tie the group together: those shared by sentences of different documents (in at least two pairs when there are several). */
  private claimKey(g: ClaimGroupState): Set<string> {
    const members = [...g.members].slice(0, KEY_SAMPLE);
    const counts = new Map<string, number>();
    let pairs = 0;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (members[i].docId === members[j].docId) continue;
        const match = matchClaims(members[i], members[j], this.idf, 0);
        if (!match) continue;
        pairs++;
        for (const t of match.shared) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    const needed = pairs >= 3 ? 2 : 1;
    return new Set([...counts].filter(([, n]) => n >= needed).sort((a, b) => b[1] - a[1] || this.idf(b[0]) - this.idf(a[0])).map(([t]) => t));
  }

  /**
   * A group as callers see it, made once per change of its members (its key terms and stances take pairwise
   * comparisons). Rarity weights drift as other documents come and go; a view is remade when its own members change.
   */
  private claimGroup(g: ClaimGroupState): ClaimGroup {
    let view = this.claimViews.get(g);
    if (!view) this.claimViews.set(g, (view = this.makeClaimGroup(g)));
    return view;
  }

  private makeClaimGroup(g: ClaimGroupState): ClaimGroup {
    const key = this.claimKey(g);
    const pairs = [...g.members].map((s) => [s, { docId: s.docId, start: s.start, end: s.end, text: this.snippet(s), polarity: polarityOf(s, key), hedged: s.hedged }] as const);
    const members: ClaimMember[] = pairs.map(([, m]) => m);
    // The claim is what most sources say; a document contradicts it when its unhedged statements go the other way.
    const byDoc = new Map<string, (readonly [ClaimSentence, ClaimMember])[]>();
    for (const p of pairs) {
      const list = byDoc.get(p[1].docId);
      if (list) list.push(p);
      else byDoc.set(p[1].docId, [p]);
    }
    // A document denies the claim when it negates a key word and states that word nowhere else without a hedge.
    const stance = new Map<string, 'positive' | 'negative'>();
    for (const [doc, sentences] of byDoc) {
      const denied = sentences.filter(([, m]) => m.polarity === 'negative').flatMap(([s]) => s.negated.filter((t) => key.has(t)));
      const affirmed = denied.some((t) => sentences.some(([s, m]) => m.polarity === 'positive' && !m.hedged && s.terms.includes(t)));
      stance.set(doc, denied.length && !affirmed ? 'negative' : 'positive');
    }
    const negatives = [...stance.values()].filter((s) => s === 'negative').length;
    const claimPolarity = negatives * 2 > stance.size ? 'negative' : 'positive';
    const supporting = [...stance].filter(([, s]) => s === claimPolarity).map(([d]) => d);
    const contradicting = [...stance].filter(([, s]) => s !== claimPolarity).map(([d]) => d);
    const labelled = members.filter((m) => m.polarity === claimPolarity && !m.hedged).sort((a, b) => a.text.length - b.text.length);
    const label = (labelled.find((m) => m.text.length >= 40) ?? labelled[0] ?? members[0]).text;
    const terms = [...key].map((t) => (t.startsWith(ENTITY_TERM) ? (this.linker.get(t.slice(ENTITY_TERM.length))?.name ?? t) : (this.termWords.get(t) ?? t)));
    const entityIds = [...key].filter((t) => t.startsWith(ENTITY_TERM)).map((t) => t.slice(ENTITY_TERM.length));
    return { id: g.id, label, terms, entityIds, members, supporting, contradicting };
  }

  /** A sentence as written, cut to a display length (the index keeps each document's text for this). */
  private snippet(s: Span & { docId: string }): string {
    const raw = this.texts.get(s.docId)?.slice(s.start, s.end) ?? '';
    return raw.length > SNIPPET_LENGTH ? raw.slice(0, SNIPPET_LENGTH - 1) + '…' : raw;
  }
}

/** Negative when one of the claim's key words is negated in this sentence. */
function polarityOf(s: ClaimSentence, key: Set<string>): 'positive' | 'negative' {
  for (const t of s.negated) if (key.has(t)) return 'negative';
  return 'positive';
}

/** The content terms of a text, as claim and quote grouping compare them (for tests and tools). */
export { termsOf };
