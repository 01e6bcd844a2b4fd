// Tree ids of an article's quotes: unique in the Quotes view, and the same from one refresh to the next.
import type { Quote } from '../../core';

/**
 * Each quote's id: its span, with a count where quotes share a span (two readings of one sentence can; VS Code
 * refuses a tree with two items of one id). A quote keeps its id while the quotes before it keep their spans.
 */
export function quoteTreeIds(quotes: readonly Quote[]): Map<Quote, string> {
  const ids = new Map<Quote, string>();
  const seen = new Map<string, number>();
  for (const quote of quotes) {
    const span = `${quote.start}:${quote.end}`;
    const repeat = (seen.get(span) ?? 0) + 1;
    seen.set(span, repeat);
    ids.set(quote, repeat === 1 ? `quote:${span}` : `quote:${span}#${repeat}`);
  }
  return ids;
}
