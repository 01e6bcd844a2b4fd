// Delete Annotation asks before removing a person's work (a note, a verdict, their own annotation); nothing else asks.
import { hasUserContent } from '../../core/sidecar/refresh';
import type { Annotation } from '../../core/sidecar/types';

/** The longest quotation of the annotated words a question shows. */
const MAX_WORDS = 120;

export interface DeletionQuestion {
  message: string;
  /** The annotated words and what goes with them, for the dialog's detail line. */
  detail: string;
}

/**
 * What Delete Annotation asks before deleting the annotation; undefined when it may go at once (an automatic one
 * that nobody added to: the analysis makes it again). There is no undo for a deleted annotation, so a person's work
 * is never one click away from gone.
 */
export function deletionQuestion(annotation: Annotation): DeletionQuestion | undefined {
  if (!hasUserContent(annotation)) return undefined;
  const held = [
    annotation.verdict ? `its verdict (${annotation.verdict})` : '',
    annotation.note ? 'its note' : '',
    annotation.evidence?.length ? 'its evidence' : '',
  ].filter(Boolean);
  const words = annotation.target.exact.replace(/\s+/g, ' ').trim();
  const quoted = words.length > MAX_WORDS ? words.slice(0, MAX_WORDS - 1).trimEnd() + '…' : words;
  const lines = [`“${quoted}”`];
  if (annotation.note) lines.push(`Note: ${annotation.note.length > MAX_WORDS ? annotation.note.slice(0, MAX_WORDS - 1).trimEnd() + '…' : annotation.note}`);
  return {
    message: `Delete this ${annotation.kind} annotation${held.length ? ` with ${joinWithAnd(held)}` : ''}? It cannot be undone.`,
    detail: lines.join('\n'),
  };
}

function joinWithAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
