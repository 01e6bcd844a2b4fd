// Decides who hedges: the quoted speaker when the cue lies inside a quote's words, else the reporter.
import type { Quote, Span } from '../types';

interface QuotedPart {
  start: number;
  end: number;
  quoteIndex: number;
}

/** Returns a lookup from a cue span to the index of the quote whose parts contain it, or null. */
export function voiceOf(quotes: readonly Quote[]): (cue: Span) => number | null {
  const parts: QuotedPart[] = [];
  quotes.forEach((q, quoteIndex) => {
    const spans = q.parts.length ? q.parts : [q];
    for (const p of spans) if (p.end > p.start) parts.push({ start: p.start, end: p.end, quoteIndex });
  });
  if (!parts.length) return () => null;
  parts.sort((a, b) => a.start - b.start || b.end - a.end);
  // Parts may nest (a partial quote inside a reported one): the innermost, latest-starting part wins.
  return (cue) => {
    let lo = 0;
    let hi = parts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (parts[mid].start <= cue.start) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (let i = last, looked = 0; i >= 0 && looked < 16; i--, looked++) {
      if (parts[i].start <= cue.start && parts[i].end >= cue.end) return parts[i].quoteIndex;
    }
    return null;
  };
}
