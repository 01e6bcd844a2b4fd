// The Quotes view's tree ids: one per quote, unique even where the analysis gives two quotes one span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import type { Quote } from '../../src/core';
import { quoteTreeIds } from '../../src/extension/views/quoteIds';

test('every quote of an article gets its own id, from its span', () => {
  const text = '“We will reopen the bridge,” the mayor said. She added that repairs would take a week. “Not before,” she said.';
  const quotes = analyze(text).quotes;
  assert.ok(quotes.length >= 2);
  const ids = quoteTreeIds(quotes);
  assert.equal(new Set(ids.values()).size, quotes.length);
  for (const q of quotes) assert.equal(ids.get(q)?.startsWith(`quote:${q.start}:${q.end}`), true);
});

test('quotes sharing a span get distinct ids, and the first keeps the plain one', () => {
  const base: Quote = analyze('“We will reopen the bridge,” the mayor said.').quotes[0];
  const twin: Quote = { ...base, speaker: null };
  const ids = quoteTreeIds([base, twin, { ...base }]);
  assert.deepEqual([...ids.values()], [`quote:${base.start}:${base.end}`, `quote:${base.start}:${base.end}#2`, `quote:${base.start}:${base.end}#3`]);
});
