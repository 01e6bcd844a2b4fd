// How an open article's annotations follow a change of its text: shifted through typing, found again after a reload.
import { reanchorAnnotations, reanchorOne, shiftAnnotations, type Annotation, type TextChange } from '../../core/sidecar';

export interface ArticleTextChange {
  /** The editor's changes, in offsets of the text before them (applied one after the other). */
  changes: readonly TextChange[];
  /** The text after the changes. */
  text: string;
  /** The length of the text before them. */
  previousLength: number;
  /**
   * The article has no unsaved edits after the change: it was reloaded from disk (another editor, a git pull) or
   * reverted, rather than typed into.
   */
  clean: boolean;
}

/**
 * The annotations after a change. Typing shifts them exactly, and an annotation whose words an edit cut across is
 * orphaned. A reload replaces the whole text, or (VS Code sends the lines between the first and the last changed one
 * as one edit) a block of it: shifting would orphan every annotation in the block, so those are looked for in the new
 * text as `newsmark annotate` would look for them (reanchorOne: the exact words with their context, then a fuzzy
 * match), and orphaned only when that fails. Annotations that were orphans already wait for the recovery after edits.
 */
export function followTextChange(annotations: readonly Annotation[], change: ArticleTextChange): Annotation[] {
  const { changes, text, previousLength } = change;
  const [only] = changes;
  if (changes.length === 1 && only.start === 0 && previousLength > 0 && only.end === previousLength) return reanchorAnnotations(annotations, text, { previousLength });
  const shifted = shiftAnnotations(annotations, changes);
  if (!change.clean) return shifted;
  return shifted.map((after, i) => {
    const before = annotations[i];
    if (after.status !== 'orphaned' || before.status === 'orphaned') return after;
    // Expected where the words were, proportionally, in the block that replaced them.
    const expected = changes.length === 1 ? placeInReplacement(before.target.start, only) : after.target.start;
    const length = before.target.end - before.target.start;
    return reanchorOne({ ...before, target: { ...before.target, start: expected, end: expected + length } }, text);
  });
}

function placeInReplacement(offset: number, change: TextChange): number {
  if (offset <= change.start) return offset;
  const replaced = change.end - change.start;
  if (offset >= change.end) return offset + change.text.length - replaced;
  return change.start + Math.round(((offset - change.start) * change.text.length) / Math.max(1, replaced));
}
