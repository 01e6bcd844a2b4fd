// The one entry point of the analyzer: text in, quotes, speakers, hedges and entities out.
import { findEntities } from './entities';
import { cueWordFilter, findHedges } from './hedges';
import { readQuotes } from './quotes';
import { markdownProse } from './text/markdown';
import type { Analysis, AnalyzeOptions } from './types';

export const DEFAULT_MAX_LENGTH = 8 * 1024 * 1024;
/**
 * The largest article file worth reading, in bytes: every 3 bytes of UTF-8 (or 2 of UTF-16) hold at least one UTF-16
 * code unit, so a larger file holds more than DEFAULT_MAX_LENGTH characters, which analyze() never analyses.
 */
export const MAX_ARTICLE_BYTES = 3 * DEFAULT_MAX_LENGTH;

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    return { textLength: text.length, quotes: [], scareQuotes: [], hedges: [], entities: [], truncated: true };
  }
  // Markdown's marks are blanked, so "**Ana Silva** said" reads as prose and every span is the article's own.
  const prose = options.format === 'markdown' ? markdownProse(text) : text;
  // Entities come first: speakers resolve to them, and hedges need the quotes to tell whose voice hedges.
  const entities = options.entities === false && options.quotes === false ? [] : findEntities(prose, { registry: options.registry });
  // (The hedge finder looks for its cue words among the quote finder's tokens rather than reading the text again.)
  const { quotes, scareQuotes, tokens } = options.quotes === false ? { quotes: [], scareQuotes: [], tokens: undefined } : readQuotes(prose, entities, options.hedges === false ? undefined : cueWordFilter());
  const hedges = options.hedges === false ? [] : findHedges(prose, quotes, tokens);
  return {
    textLength: text.length,
    quotes,
    scareQuotes,
    hedges,
    entities: options.entities === false ? [] : entities,
  };
}
