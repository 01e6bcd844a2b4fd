// Three-way merge of sidecars by annotation id (and entity name), for a sidecar changed on disk while edits were pending.
import type { Annotation, Sidecar, SidecarEntity } from './types';

export interface SidecarMerge {
  merged: Sidecar;
  /** Ids (and entity names) changed differently on both sides; `merged` holds theirs, mine must be kept elsewhere. */
  conflicts: string[];
}

/**
 * base: the sidecar as last read or written; mine: the edited copy in memory; theirs: what is on disk now.
 * Annotations are compared by content (kind, speaker, cue, hedge, verdict, note, evidence, origin). Where both sides
 * hold an annotation, its target and status are theirs when mine still has the base's (they re-anchored it), else
 * mine (re-anchor base and theirs to the live text first, so that only a real move differs).
 * A change on one side wins over no change; an item deleted on one side and changed on the other is kept;
 * different changes on both sides are conflicts, resolved to theirs in `merged` and listed.
 */
export function mergeSidecars(base: Sidecar, mine: Sidecar, theirs: Sidecar): SidecarMerge {
  const conflicts: string[] = [];
  const merged = mergeById(base.annotations, mine.annotations, theirs.annotations, (a) => a.id, sameContent, conflicts);
  const baseById = new Map(base.annotations.map((a) => [a.id, a]));
  const mineById = new Map(mine.annotations.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.annotations.map((a) => [a.id, a]));
  const annotations = merged.map((a) => {
    const m = mineById.get(a.id);
    const t = theirsById.get(a.id);
    if (!m || !t) return a;
    // Mine has followed the live edits, so where both moved it, mine is where its words are now; where only they did
    // (a collaborator re-anchored it by hand), keeping mine would undo their work.
    const b = baseById.get(a.id);
    const anchor = b && sameAnchor(m, b) ? t : m;
    return anchor.target === a.target && anchor.status === a.status ? a : { ...a, target: anchor.target, status: anchor.status };
  });
  const entities = mergeById(base.entities, mine.entities, theirs.entities, (e) => `entity:${e.name}`, entitiesEqual, conflicts);
  annotations.sort((x, y) => x.target.start - y.target.start || x.target.end - y.target.end);
  return { merged: { ...theirs, document: mine.document, annotations, entities }, conflicts };
}

/** What a person can change about an annotation; where it sits is anchoring's business and not a conflict. */
function sameContent(a: Annotation, b: Annotation): boolean {
  const content = (x: Annotation) => JSON.stringify([x.kind, x.speaker, x.cue, x.hedge, x.verdict, x.note, x.evidence, x.origin]);
  return content(a) === content(b);
}

/** Same place, same words, same status; context (prefix, suffix) follows from the place and is not compared. */
function sameAnchor(a: Annotation, b: Annotation): boolean {
  return a.status === b.status && a.target.start === b.target.start && a.target.end === b.target.end && a.target.exact === b.target.exact && a.target.original === b.target.original;
}

function entitiesEqual(a: SidecarEntity, b: SidecarEntity): boolean {
  return JSON.stringify([a.name, a.type, a.aliases, a.wikidata]) === JSON.stringify([b.name, b.type, b.aliases, b.wikidata]);
}

function mergeById<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[], keyOf: (t: T) => string, equal: (a: T, b: T) => boolean, conflicts: string[]): T[] {
  const baseBy = new Map(base.map((t) => [keyOf(t), t]));
  const mineBy = new Map(mine.map((t) => [keyOf(t), t]));
  const theirsBy = new Map(theirs.map((t) => [keyOf(t), t]));
  const keys = new Set([...theirsBy.keys(), ...mineBy.keys()]);
  const out: T[] = [];
  for (const key of keys) {
    const b = baseBy.get(key);
    const m = mineBy.get(key);
    const t = theirsBy.get(key);
    if (m && t) {
      if (equal(m, t)) out.push(t);
      else if (b && equal(b, t)) out.push(m);
      else if (b && equal(b, m)) out.push(t);
      else {
        conflicts.push(key);
        out.push(t);
      }
    } else if (m) {
      // Theirs deleted it: honour that only if mine did not change it since.
      if (!(b && equal(b, m))) out.push(m);
    } else if (t) {
      if (!(b && equal(b, t))) out.push(t);
    }
  }
  return out;
}

