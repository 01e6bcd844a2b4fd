// The highlight kinds and the spans of each in an analysis: pure, so the bench can time it without VS Code.
import type { Analysis, Span } from '../../core';

export const HIGHLIGHT_KINDS = ['speaker', 'directQuote', 'partialQuote', 'reportedSpeech', 'hedgeCue', 'hedgeClaim', 'anonymousSource'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export type SpansByKind = Record<HighlightKind, Span[]>;

const QUOTE_KIND_HIGHLIGHT = { direct: 'directQuote', partial: 'partialQuote', reported: 'reportedSpeech' } as const;

/** The spans to paint for each kind, each list sorted and without duplicates. */
export function highlightSpans(analysis: Analysis): SpansByKind {
  const spans: SpansByKind = { speaker: [], directQuote: [], partialQuote: [], reportedSpeech: [], hedgeCue: [], hedgeClaim: [], anonymousSource: [] };
  for (const quote of analysis.quotes) {
    const target = spans[QUOTE_KIND_HIGHLIGHT[quote.kind]];
    if (quote.parts.length) target.push(...quote.parts);
    else target.push({ start: quote.start, end: quote.end });
    const speaker = quote.speaker;
    if (speaker) (speaker.anonymous || speaker.kind === 'anonymous' ? spans.anonymousSource : spans.speaker).push(speaker.mention);
  }
  for (const hedge of analysis.hedges) {
    spans.hedgeCue.push({ start: hedge.start, end: hedge.end });
    if (hedge.claim.end > hedge.claim.start) spans.hedgeClaim.push(hedge.claim);
  }
  for (const kind of HIGHLIGHT_KINDS) spans[kind] = sortedUnique(spans[kind]);
  return spans;
}

function sortedUnique(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (!last || last.start !== s.start || last.end !== s.end) out.push({ start: s.start, end: s.end });
  }
  return out;
}
