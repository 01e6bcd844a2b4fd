// How a comment on an annotation that left the sidecar is marked where it is carried, and how to tell it from a person's own.

/** A carried comment's first line: where it was written, and how many lines of it follow. */
export function carriedCommentHeading(from: string, lineCount: number): string {
  return ` (the ${lineCount === 1 ? 'line' : `${lineCount} lines`} below ${lineCount === 1 ? 'was' : 'were'} written on ${from}, which is no longer in this list:)`;
}

const HEADING = /^\s*\((?:the (line|\d+ lines) below (?:was|were) )?written on .*, which is no longer in this list:\)\s*$/;

/**
 * Whether a YAML comment (its lines as the yaml library gives them) says something of its own, beyond comments
 * carried there from annotations that went away. A heading without a count (as written before counts were) covers
 * the rest of the comment.
 */
export function hasOwnComment(comment: string | null | undefined): boolean {
  if (!comment) return false;
  const lines = comment.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = HEADING.exec(lines[i]);
    if (!heading) {
      if (lines[i].trim() !== '') return true;
    } else if (heading[1] === undefined) {
      return false;
    } else {
      i += heading[1] === 'line' ? 1 : parseInt(heading[1], 10);
    }
  }
  return false;
}
