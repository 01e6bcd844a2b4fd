// How quotes are written in the evaluation format: one span per quote, however its parts are split.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../src/core/quotes';
import { toPrediction } from '../../src/core/prediction';
import type { Analysis } from '../../src/core/types';

function predictedSpans(text: string): string[] {
  const analysis: Analysis = { textLength: text.length, quotes: findQuotes(text, []).quotes, scareQuotes: [], hedges: [], entities: [] };
  return toPrediction('doc', analysis).quotes.map((q) => text.slice(q.start, q.end));
}

test('a quote split by a short cue is written whole, cue and all', () => {
  const text = '“The bridge will open in May,” the mayor said. “We are ahead of schedule.”';
  assert.deepEqual(predictedSpans(text), [text]);
});

test('a quote split by a long stretch of narration is written as its larger part', () => {
  const text =
    '“It rained,” Mira Holt said, as the crowd of farmers in wet coats drifted slowly out of the market hall toward the parking lot behind the old church. “The harvest will be late this year, and the prices at the market will climb well before the winter comes.”';
  assert.deepEqual(predictedSpans(text), ['“The harvest will be late this year, and the prices at the market will climb well before the winter comes.”']);
});
