// Whether an annotation holds a person's work: refreshes keep it, deleting it asks first, and re-anchoring never
// moves it onto words it cannot place with confidence.
import type { Annotation } from './types';

/**
 * Whether a person has put work into the annotation; such an annotation is never regenerated away. Besides a manual
 * one, a note, verdict or evidence: a field newsmark does not know, a comment on it in the YAML, or an id newsmark
 * does not generate (a hand-written entry marked `origin: auto`).
 */
export function hasUserContent(a: Annotation): boolean {
  return (
    a.origin === 'manual' ||
    a.note !== undefined ||
    a.verdict !== undefined ||
    (a.evidence !== undefined && a.evidence.length > 0) ||
    (a.extraFields !== undefined && a.extraFields.length > 0) ||
    a.commented === true ||
    !GENERATED_ID.test(a.id)
  );
}

/**
 * What a person put into an annotation, as one string: two annotations with the same are the same work (for telling
 * whether a copy of a sidecar holds work that another lacks).
 */
export function personalWork(a: Annotation): string {
  return JSON.stringify([a.kind, a.origin, a.speaker, a.verdict, a.note, a.evidence, a.target.exact, a.extraFields]);
}

/** Annotations of `copy` that hold a person's work `sidecar` lacks. */
export function workLackingIn(copy: readonly Annotation[], sidecar: readonly Annotation[]): Annotation[] {
  const kept = new Set(sidecar.map(personalWork));
  return copy.filter((a) => hasUserContent(a) && !kept.has(personalWork(a)));
}

/** The ids automaticAnnotations gives: the kind the analysis found, then ten hex digits. */
const GENERATED_ID = /^(?:quote|speaker|hedge|entity)-[0-9a-f]{10}$/;
