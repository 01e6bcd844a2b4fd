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

/** The ids automaticAnnotations gives: the kind the analysis found, then ten hex digits. */
const GENERATED_ID = /^(?:quote|speaker|hedge|entity)-[0-9a-f]{10}$/;
