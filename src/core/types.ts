// The analysis result types shared by every detector, the CLI, the extension and the sidecar store.
// Offsets are JavaScript string indices (UTF-16) into the analysed text, half-open [start, end).

export interface Span {
  start: number;
  end: number;
}

/** How a quote is reported: verbatim in quotation marks, a few quoted words inside the reporter's sentence, or paraphrase. */
export type QuoteKind = 'direct' | 'partial' | 'reported';

/** How a speaker is referred to at the attribution. */
export type SpeakerMentionKind = 'name' | 'role' | 'organisation' | 'pronoun' | 'anonymous';

export interface SpeakerRef {
  /** The words that name the speaker at this attribution ("Kremlin spokesman Dmitry Peskov", "he", "sources"). */
  mention: Span;
  kind: SpeakerMentionKind;
  /** Canonical name of the resolved entity ("Dmitry Peskov"), or null when unresolved (e.g. "a senior official"). */
  name: string | null;
  /** Id of the entity in Analysis.entities when resolved. */
  entityId: string | null;
  /** Role or title found with the mention ("Kremlin spokesman"), if any. */
  role?: string;
  /** For pronouns and roles: the earlier mention the speaker was resolved to. */
  antecedent?: Span;
  /** True for anonymous or vague sources ("sources said", "a person familiar with the matter", "officials"). */
  anonymous: boolean;
}

export interface Quote extends Span {
  kind: QuoteKind;
  /** The quoted or reported content; for a quote split by its attribution, one span per part (start/end cover all). */
  parts: Span[];
  /** The attribution cue ("said", "according to"), or null when none was found. */
  cue: Span | null;
  /** The cue's lemma ("say", "according to"), for hovers and cross-source grouping. */
  cueLemma: string | null;
  speaker: SpeakerRef | null;
  /** True for a single word or term in quotation marks that is not speech (scare quotes). Kept out of `quotes`. */
  scare?: boolean;
}

export type HedgeKind = 'epistemic' | 'doxastic' | 'evidential' | 'vague-attribution' | 'unsubstantiated';

export interface Hedge extends Span {
  kind: HedgeKind;
  /** Lower-cased cue as written ("may", "sources say"). */
  cue: string;
  /** Who hedges: the quoted speaker (cue inside a quote) or the reporter. */
  voice: 'speaker' | 'reporter';
  /** The claim the hedge scopes over (clause or sentence). */
  claim: Span;
  /** Index into Analysis.quotes when voice is 'speaker'. */
  quoteIndex?: number;
  /** True when the cue leaves unsaid who holds the view or makes the claim ("it is believed", "some say"). */
  unattributed?: boolean;
}

export type EntityType = 'person' | 'org' | 'place';

/** How a mention refers to its entity. Demonyms ("Ukrainian") link to a place but are not place mentions. */
export type EntityMentionKind = 'name' | 'alias' | 'role' | 'pronoun' | 'demonym';

export interface EntityMention extends Span {
  kind: EntityMentionKind;
  /** The text as written ("President Vladimir Putin", "Putin’s"). */
  text: string;
  /** True when a possessive "’s" follows the name ("Putin’s"); the span covers the name only. */
  possessive?: boolean;
}

export interface Entity {
  /** Stable within one analysis; derived from the canonical name so that equal names get equal ids. */
  id: string;
  /** Canonical name, titles stripped ("Vladimir Putin"). */
  name: string;
  type: EntityType;
  /** Other surface forms seen in the text ("Putin", "President Putin", "the Russian leader"). */
  aliases: string[];
  /** Roles and titles seen with the name ("Russian President"). */
  roles: string[];
  mentions: EntityMention[];
}

export interface Analysis {
  /** Length of the analysed text, so consumers can tell a stale result. */
  textLength: number;
  quotes: Quote[];
  /** Scare quotes: terms in quotation marks that are not speech. */
  scareQuotes: Span[];
  hedges: Hedge[];
  entities: Entity[];
  /** True when the text was longer than options.maxLength and analysis was skipped. */
  truncated?: boolean;
}

/** A name the user confirmed for the story (from a sidecar's entity registry); the analyzer honours it. */
export interface ConfirmedEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata?: string;
}

/** How a text is written. Markdown is analysed as the prose it renders. */
export type TextFormat = 'plain' | 'markdown';

export interface AnalyzeOptions {
  quotes?: boolean;
  hedges?: boolean;
  entities?: boolean;
  /** Confirmed canonical names and aliases. */
  registry?: readonly ConfirmedEntity[];
  /** Texts longer than this (in UTF-16 code units) are not analysed; the result says `truncated`. */
  maxLength?: number;
  /** How the text is written (default plain): Markdown is read as the prose it renders, at the same offsets. */
  format?: TextFormat;
}
