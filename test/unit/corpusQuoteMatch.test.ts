// A quote compared with a score to beat: the same match when it scores more, none when it cannot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchQuotes, quoteRecord, type QuoteRecord } from '../../src/core/corpus/quoteGroups';
import type { QuoteKind } from '../../src/core/types';
import { seededRandom } from '../fixtures/seededRandom';

/** A small vocabulary, so that random wordings share words, contain each other and come close often. */
const WORDS = ['the', 'of', 'to', 'harbour', 'tide', 'gates', 'will', 'hold', 'crews', 'worked', 'night', 'bridge', 'reopen', 'soon'];
/** The first three are function words: no terms. */
const FUNCTION_WORDS = 3;
const wordText = (id: number): string => WORDS[id];

function quote(ids: number[], kind: QuoteKind, speakerId: string | null): QuoteRecord {
  const terms = [...new Set(ids.filter((id) => id >= FUNCTION_WORDS))];
  const length = Math.max(ids.reduce((n, id) => n + WORDS[id].length + 1, -1), 0);
  return quoteRecord('doc', 0, kind, { start: 0, end: length }, { words: ids, terms, length }, speakerId, speakerId);
}

function pairs(count: number): [QuoteRecord, QuoteRecord][] {
  const next = seededRandom(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const kinds: QuoteKind[] = ['direct', 'partial', 'reported'];
  const speakers = ['e1', 'e1', 'e2', null];
  const out: [QuoteRecord, QuoteRecord][] = [];
  for (let k = 0; k < count; k++) {
    const a = Array.from({ length: 1 + Math.floor(next() * 9) }, () => Math.floor(next() * WORDS.length));
    // The other: the same words, a stretch of them, a few changed, or words of its own.
    const way = Math.floor(next() * 4);
    const from = Math.floor(next() * a.length);
    const b = way === 0 ? a.slice() : way === 1 ? a.slice(from, from + 1 + Math.floor(next() * a.length)) : way === 2 ? a.map((w) => (next() < 0.25 ? Math.floor(next() * WORDS.length) : w)) : Array.from({ length: 1 + Math.floor(next() * 9) }, () => Math.floor(next() * WORDS.length));
    out.push([quote(a, pick(kinds), pick(speakers)), quote(b, pick(kinds), pick(speakers))]);
  }
  return out;
}

test('a match asked to beat a score is the full match when it scores more, and null when it does not', () => {
  const relations = new Set<string>();
  for (const [a, b] of pairs(3000)) {
    const full = matchQuotes(a, b, wordText);
    if (full) relations.add(full.relation);
    for (const toBeat of [-1, 0, 0.3, 0.45, 0.5, 0.55, 0.7, 0.8, 0.9, 0.95, 1]) {
      const bounded = matchQuotes(a, b, wordText, toBeat);
      if (full && full.score > toBeat) assert.deepEqual(bounded, full, `to beat ${toBeat}`);
      else assert.equal(bounded, null, `to beat ${toBeat}: ${JSON.stringify(full)}`);
    }
  }
  // Every kind of match was met, so each one's bound was tried.
  assert.deepEqual([...relations].sort(), ['paraphrase', 'partial', 'variant', 'verbatim']);
});
