// Escapes article text for hovers: hovers are untrusted markdown, and article text must never become markup or links.

const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** One line of article text as inert markdown (whitespace collapsed, specials backslash-escaped, length capped). */
export function escapeMarkdown(text: string, maxLength = 240): string {
  let oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length > maxLength) oneLine = oneLine.slice(0, maxLength - 1).trimEnd() + '…';
  return oneLine.replace(MARKDOWN_SPECIALS, '\\$&');
}
