// Maps an Analysis to the evaluation prediction format (one JSON object per document; see the README).
import type { Analysis, HedgeKind, Quote, Span } from './types';

export interface Prediction {
  id: string;
  quotes: { start: number; end: number; kind: 'direct' | 'indirect' | 'mixed'; speaker: { start: number; end: number } | null; cue: { start: number; end: number } | null }[];
  hedges: { start: number; end: number; kind: string }[];
  entities: { start: number; end: number; type: string; id: string }[];
}

/**
 * Vague attributions ("sources say", "it is said", "critics argue") leave a claim's source unnamed but do not mark
 * it as uncertain: they are written as 'sourcing', which uncertainty scoring sets apart. Evidential cues
 * ("reportedly", "allegedly") and unsubstantiated ones ("unverified", "no evidence") do say the claim is not
 * established, and a belief word stays a belief even when its holder is unnamed ("it is believed"): those are hedges.
 */
const HEDGE_KIND: Record<HedgeKind, string> = {
  epistemic: 'epistemic',
  doxastic: 'doxastic',
  evidential: 'evidential',
  unsubstantiated: 'unsubstantiated',
  'vague-attribution': 'sourcing',
};

const QUOTE_KIND: Record<Quote['kind'], Prediction['quotes'][number]['kind']> = { direct: 'direct', partial: 'mixed', reported: 'indirect' };

/**
 * Partial quotes whose content opens or closes with the quoted words count as direct speech in the
 * evaluation's convention (a content span that begins or ends with a quotation mark).
 */
function predictionKind(q: Quote): Prediction['quotes'][number]['kind'] {
  if (q.kind !== 'partial' || !q.parts.length) return QUOTE_KIND[q.kind];
  const first = q.parts[0];
  const last = q.parts[q.parts.length - 1];
  return first.start === q.start || last.end >= q.end ? 'direct' : 'mixed';
}

/**
 * A prediction has one span per quote, so a quote split by a long stretch of narration is written as the run of
 * its parts that best stands for its words: the run that holds the most quoted characters for the least narration.
 */
function predictionSpan(q: Quote): Span {
  if (q.kind !== 'direct' || q.parts.length < 2) return { start: q.start, end: q.end };
  let total = 0;
  for (const p of q.parts) total += p.end - p.start;
  let best = { start: q.start, end: q.end };
  let bestScore = -1;
  for (let i = 0; i < q.parts.length; i++) {
    let quoted = 0;
    for (let j = i; j < q.parts.length; j++) {
      quoted += q.parts[j].end - q.parts[j].start;
      const start = i === 0 ? q.start : q.parts[i].start;
      const end = j === q.parts.length - 1 ? q.end : q.parts[j].end;
      const score = quoted / (total + (end - start) - quoted);
      if (score > bestScore) {
        bestScore = score;
        best = { start, end };
      }
    }
  }
  return best;
}

/**
 * `entityId` maps an analysed entity to the id written out; the CLI passes one that is stable across
 * the documents of one corpus.
 */
export function toPrediction(id: string, analysis: Analysis, entityId: (entityIndex: number) => string = (i) => analysis.entities[i].id): Prediction {
  return {
    id,
    quotes: analysis.quotes.map((q) => ({
      ...predictionSpan(q),
      kind: predictionKind(q),
      speaker: q.speaker ? { start: q.speaker.mention.start, end: q.speaker.mention.end } : null,
      cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
    })),
    hedges: analysis.hedges.map((h) => ({ start: h.start, end: h.end, kind: HEDGE_KIND[h.kind] })),
    // Names only: demonyms ("Ukrainian"), role mentions ("the Russian leader") and pronouns refer to an entity
    // without naming it, and name annotation (CoNLL, ECB+ named mentions) does not count them.
    entities: analysis.entities.flatMap((e, i) =>
      e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => ({ start: m.start, end: m.end, type: e.type, id: entityId(i) })),
    ),
  };
}
