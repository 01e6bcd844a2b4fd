// How hedges are written in the evaluation format: vague sourcing apart from the cues that mark uncertainty.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findHedges } from '../../src/core/hedges';
import { toPrediction } from '../../src/core/prediction';
import type { Analysis } from '../../src/core/types';

function predictedKinds(text: string): Record<string, string> {
  const analysis: Analysis = { textLength: text.length, quotes: [], scareQuotes: [], hedges: findHedges(text, []), entities: [] };
  const out: Record<string, string> = {};
  for (const h of toPrediction('doc', analysis).hedges) out[text.slice(h.start, h.end)] = h.kind;
  return out;
}

test('vague attributions are written as sourcing, uncertainty cues under their own kind', () => {
  const text =
    'Sources say the mill may close. Critics argue the merger is reportedly off. It is widely believed that the figures are unverified. Fares are said to be climbing.';
  assert.deepEqual(predictedKinds(text), {
    'Sources say': 'sourcing',
    may: 'epistemic',
    'Critics argue': 'sourcing',
    reportedly: 'evidential',
    believed: 'doxastic',
    unverified: 'unsubstantiated',
    'are said to': 'sourcing',
  });
});
