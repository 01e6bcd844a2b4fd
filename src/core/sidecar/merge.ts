// Three-way merge of sidecars by annotation id (and entity name), for a sidecar changed on disk while edits were pending.
import type { Annotation, Sidecar, SidecarEntity } from './types';

export interface SidecarMerge {
  merged: Sidecar;
  /** Ids (and entity names) changed differently on both sides; `merged` holds theirs, mine must be kept elsewhere. */
  conflicts: string[];
}

/**
 * base: the sidecar as last read or written; mine: the edited copy in memory; theirs: what is on disk now.
 * Annotations are compared by content (kind, speaker, cue, hedge, verdict, note, evidence, origin); targets come
 * from mine where mine has the annotation (re-anchor theirs to the live text first).
 * A change on one side wins over no change; an item deleted on one side and changed on the other is kept;
 * different changes on both sides are conflicts, resolved to theirs in `merged` and listed.
 */
export function mergeSidecars(base: Sidecar, mine: Sidecar, theirs: Sidecar): SidecarMerge {
  const conflicts: string[] = [];
  const merged = mergeById(base.annotations, mine.annotations, theirs.annotations, (a) => a.id, sameContent, conflicts);
  // Where both sides hold an annotation, mine has followed the live edits, so its target is the current one.
  const mineById = new Map(mine.annotations.map((a) => [a.id, a]));
  const annotations = merged.map((a) => {
    const m = mineById.get(a.id);
    return m && m !== a ? { ...a, target: m.target, status: m.status } : a;
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

