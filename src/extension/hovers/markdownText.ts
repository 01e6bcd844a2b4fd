// Escapes article text for hovers: hovers are untrusted markdown, and article text must never become markup or links.

// `:` is escaped so that no bare address (https://…, ftp://…) is auto-linked; `.` already spoils www. addresses.
// (`=`, like `-`, underlines the line above into a heading: a note of "===" under a hover's title.)
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|<>~&:=]/g;

/**
 * One line of article text as inert markdown (whitespace collapsed, specials backslash-escaped, length capped).
 * Hovers support theme icons, and icons are drawn after markdown has removed backslash escapes, so `$` becomes the
 * entity `&#36;`: it shows as a plain `$` and can never start `$(icon)`.
 */
export function escapeMarkdown(text: string, maxLength = 240): string {
  let oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length > maxLength) oneLine = oneLine.slice(0, maxLength - 1).trimEnd() + '…';
  return oneLine.replace(MARKDOWN_SPECIALS, '\\$&').replace(/\$/g, '&#36;');
}
