// A person's attribution of a quote (Attribute to …, Set Speaker…) outranks the analysis: Problems, Quotes view, hover.
import type { Span } from '../core';
import type { Annotation } from '../core/sidecar/types';

/**
 * The speaker a person gave the quote: that of a manual quote annotation covering the quote's words (the narrowest,
 * when several do). The quotation marks and punctuation at the quote's edges need not be covered: a person selects
 * the words. Orphans do not count: their words are not where they were.
 */
export function attributedSpeaker(quote: Span, annotations: readonly Annotation[], text: string): string | undefined {
  const words = wordsOf(quote, text);
  let best: Annotation | undefined;
  for (const a of annotations) {
    if (a.kind !== 'quote' || a.origin !== 'manual' || a.status === 'orphaned' || !a.speaker?.trim()) continue;
    if (a.target.start > words.start || a.target.end < words.end) continue;
    if (!best || a.target.end - a.target.start < best.target.end - best.target.start) best = a;
  }
  return best?.speaker?.trim();
}

/** The span without the marks and spaces at its edges (all of it when it holds no letter or digit). */
function wordsOf(span: Span, text: string): Span {
  let { start, end } = span;
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
  return end > start ? { start, end } : span;
}
