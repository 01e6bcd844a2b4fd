// The sidecar data model (schema v1): what `<article>.annotations.yaml` holds once parsed and validated.
import type { EntityType, HedgeKind } from '../types';

/** The schema version this build reads and writes. Files with a newer version are left untouched. */
export const SIDECAR_VERSION = 1;

/** Appended to an article's path to name its sidecar. */
export const SIDECAR_SUFFIX = '.annotations.yaml';
/** Where the other side of an unmergeable conflict is kept, next to the sidecar. */
export const CONFLICT_SUFFIX = '.annotations.conflict.yaml';

export type AnnotationKind = 'quote' | 'speaker' | 'claim' | 'hedge' | 'entity' | 'note';
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['quote', 'speaker', 'claim', 'hedge', 'entity', 'note'];

/** auto: regenerated from the analyzer on every refresh; manual: a person's work, never dropped. */
export type AnnotationOrigin = 'auto' | 'manual';

/**
 * anchored: the target's words are where the position says.
 * drifted: found again, but the words changed since they were annotated (review them).
 * orphaned: the words could not be found; the annotation is kept with its last known target.
 */
export type AnchorStatus = 'anchored' | 'drifted' | 'orphaned';

/**
 * A fact-check rating. Words rather than true/false, because YAML reads a bare `true` as a boolean.
 * Maps to schema.org ClaimReview reviewRating (see exportClaimReview).
 */
export type Verdict = 'accurate' | 'mostly-accurate' | 'mixed' | 'mostly-inaccurate' | 'inaccurate' | 'misleading' | 'unsupported';
export const VERDICTS: readonly Verdict[] = ['accurate', 'mostly-accurate', 'mixed', 'mostly-inaccurate', 'inaccurate', 'misleading', 'unsupported'];

/**
 * Where an annotation sits: the fields of both W3C selectors in one flat mapping (easy to edit by hand).
 * TextPositionSelector start/end (UTF-16 offsets, half-open) + TextQuoteSelector exact/prefix/suffix.
 */
export interface AnnotationTarget {
  start: number;
  end: number;
  exact: string;
  /** Up to CONTEXT_LENGTH characters before the target, used to tell repeated words apart when re-anchoring. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after the target. */
  suffix: string;
  /**
   * The words as they were annotated, kept once the annotation drifted (its words were edited, or it was found again
   * by a fuzzy match): `exact` follows the text, this keeps what the person or the analyzer marked.
   */
  original?: string;
}

/** What an annotation says of its words, each optional: what a person fills in when making one or edits later. */
export interface AnnotationDetails {
  /** Canonical name of who speaks (quotes, speakers) or who is meant (entities). */
  speaker?: string;
  /** The attribution cue as written ("said", "according to"). */
  cue?: string;
  /** For hedges: what kind of hedge. */
  hedge?: HedgeKind;
  verdict?: Verdict;
  note?: string;
  /** Links (URLs) supporting the note or verdict. */
  evidence?: string[];
}

export interface Annotation extends AnnotationDetails {
  /** Stable id; merges and the extension's commands refer to annotations by it. */
  id: string;
  kind: AnnotationKind;
  target: AnnotationTarget;
  origin: AnnotationOrigin;
  status: AnchorStatus;
  /** ISO 8601 timestamps. */
  created?: string;
  updated?: string;
  /**
   * What the sidecar holds on this annotation beyond the fields above, as read (never written: the YAML keeps it):
   * the names of fields newsmark does not know (`target.x` for one inside the target), and whether a person wrote a
   * comment on it. Both are a person's work (see hasUserContent).
   */
  extraFields?: string[];
  commented?: boolean;
}

/** A confirmed name for the story; the analyzer honours it (see toConfirmedEntities). */
export interface SidecarEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  /** Wikidata item id, e.g. "Q7747". */
  wikidata?: string;
}

export interface SidecarDocumentInfo {
  /** The article's file name relative to the sidecar (its base name). */
  path: string;
  /** Length of the text in UTF-16 code units when the sidecar was written. */
  length: number;
  /** Hex sha256 of the text's UTF-8 bytes when the sidecar was written; a mismatch means the article changed elsewhere. */
  sha256: string;
}

export interface Sidecar {
  version: number;
  document: SidecarDocumentInfo;
  annotations: Annotation[];
  entities: SidecarEntity[];
}

/** What a person supplies to create an annotation; the store fills in id, target context, origin, status and times. */
export interface AnnotationDraft extends AnnotationDetails {
  kind: AnnotationKind;
  start: number;
  end: number;
}

/** Fields a person may change on an existing annotation; `null` removes an optional field. */
export type AnnotationPatch = { kind?: AnnotationKind } & { [K in keyof AnnotationDetails]?: AnnotationDetails[K] | null };

/** A reason a sidecar could not be used, with where in the sidecar text it is (offsets into the YAML). */
export interface SidecarProblem {
  message: string;
  start: number;
  end: number;
}
