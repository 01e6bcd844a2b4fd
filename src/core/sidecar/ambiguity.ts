// Hand-written annotations that give only their words, where those words occur more than once in the article.
import type { Annotation } from './types';

export interface AmbiguousAnnotation {
  annotation: Annotation;
  /** How many times its words occur in the article (overlapping occurrences counted, as anchoring weighs them). */
  occurrences: number;
}

/**
 * The annotations, as read from the sidecar, that say only which words they mean (no position, prefix or suffix)
 * while those words occur several times in `text`: anchoring takes one of them, which may not be the one the person
 * meant, so they are told how many there are and can add a prefix or suffix.
 */
export function ambiguousAnnotations(annotations: readonly Annotation[], text: string): AmbiguousAnnotation[] {
  const out: AmbiguousAnnotation[] = [];
  for (const annotation of annotations) {
    if (!givesOnlyWords(annotation)) continue;
    const occurrences = countOccurrences(text, annotation.target.exact);
    if (occurrences > 1) out.push({ annotation, occurrences });
  }
  return out;
}

/** Whether an annotation, as read from its sidecar, says only which words it means: no position, prefix or suffix. */
export function givesOnlyWords(annotation: Annotation): boolean {
  const { exact, prefix, suffix, start } = annotation.target;
  return Boolean(exact) && !prefix && !suffix && !(start >= 0);
}

function countOccurrences(text: string, words: string): number {
  let count = 0;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) count++;
  return count;
}

/** Where the `index`th annotation starts in the sidecar's YAML text (0 when the node has no position). */
export function annotationOffset(yaml: { getIn(path: Iterable<unknown>, keepScalar?: boolean): unknown }, index: number): number {
  const node = yaml.getIn(['annotations', index], true) as { range?: [number, number, number] } | undefined;
  return node?.range?.[0] ?? 0;
}
