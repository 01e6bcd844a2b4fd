// Where words found in an earlier version of a text are after the edits made since, for features that show an analysis
// while the next one waits for the typing to stop. (No vscode import: it is tested on its own.)
import type { Span } from '../core';
import type { TextChange } from '../core/sidecar';

/**
 * The span after the edits (each in offsets of the text the ones before it left, as VS Code reports them): shifted by
 * edits before it, kept by edits after it, and undefined once an edit touched its words (inserted into them, or
 * replaced any of them), since they may no longer be the words the analysis found. Text inserted at either edge
 * stays outside.
 */
export function spanAfterEdits(span: Span, edits: readonly TextChange[]): Span | undefined {
  let { start, end } = span;
  for (const edit of edits) {
    if (edit.end <= start) {
      const delta = edit.text.length - (edit.end - edit.start);
      start += delta;
      end += delta;
    } else if (edit.start < end) return undefined;
  }
  return { start, end };
}
