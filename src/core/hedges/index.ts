// Hedged claims: cues that mark a claim as uncertain, believed, reported or thinly sourced.
import type { Hedge, Quote } from '../types';

export function findHedges(_text: string, _quotes: readonly Quote[]): Hedge[] {
  return [];
}
