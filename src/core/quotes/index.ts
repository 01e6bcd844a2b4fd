// Attribution: direct, partial and reported quotes with their cues and speakers.
import type { Entity, Quote, Span } from '../types';

export function findQuotes(_text: string, _entities: readonly Entity[]): { quotes: Quote[]; scareQuotes: Span[] } {
  return { quotes: [], scareQuotes: [] };
}
