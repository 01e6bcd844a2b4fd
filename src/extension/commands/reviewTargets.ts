// Which annotation a verdict, a note or a speaker goes on: one on exactly the selected words, of a kind that fits.
import type { Span } from '../../core';
import type { Annotation } from '../../core/sidecar/types';

/** What the person is giving the words. */
export type ReviewPurpose = 'verdict' | 'note' | 'speaker';

/**
 * Whether the annotation may carry the purpose's field. A verdict rates a claim or a quote (a person's plain note on
 * the words becomes the claim rated); a speaker belongs to a quote or a speaker's words; a note goes on a person's own
 * annotation or a quote. Automatic names (entities, speakers) and hedge cues never take a verdict or a note: the
 * analyzer regenerates them, and a verdict on "Elena Brandt" would publish her name as the claim reviewed.
 */
export function fitsPurpose(annotation: Annotation, purpose: ReviewPurpose): boolean {
  const { kind, origin } = annotation;
  switch (purpose) {
    case 'verdict':
      return kind === 'claim' || kind === 'quote' || (kind === 'note' && origin === 'manual');
    case 'speaker':
      return kind === 'quote' || kind === 'speaker';
    case 'note':
      return origin === 'manual' || kind === 'quote';
  }
}

/**
 * The annotation the command changes. With words selected: one whose span is exactly those words (a person's own
 * first), else none, and the command makes a new one on the selection. With only a cursor: the narrowest fitting one
 * under it (a person's own first). Orphans are never chosen: their words are not where the position says.
 */
export function annotationToReview(annotations: readonly Annotation[], span: Span, purpose: ReviewPurpose): Annotation | undefined {
  const placed = annotations.filter((a) => a.status !== 'orphaned' && fitsPurpose(a, purpose));
  const hits =
    span.end > span.start
      ? placed.filter((a) => a.target.start === span.start && a.target.end === span.end)
      : placed.filter((a) => (a.target.start <= span.start && span.start < a.target.end) || a.target.end === span.start);
  return hits.sort((a, b) => Number(b.origin === 'manual') - Number(a.origin === 'manual') || a.target.end - a.target.start - (b.target.end - b.target.start))[0];
}

/** An annotation of `kind` on exactly these words (a person's own first), for commands that must not add a second one. */
export function sameWordsAnnotation(annotations: readonly Annotation[], span: Span, kind: Annotation['kind']): Annotation | undefined {
  return annotations
    .filter((a) => a.status !== 'orphaned' && a.kind === kind && a.target.start === span.start && a.target.end === span.end)
    .sort((a, b) => Number(b.origin === 'manual') - Number(a.origin === 'manual'))[0];
}
