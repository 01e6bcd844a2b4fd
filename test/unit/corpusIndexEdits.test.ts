// CrossSourceIndex under change: registry replaced, documents re-indexed and removed in any order, very large documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CrossSourceIndex } from '../../src/core/corpus';
import type { Analysis, Entity } from '../../src/core/types';

test('a document with more than 2^20 mentions keeps every mention, in text order', () => {
  const pairs = (1 << 19) + 10;
  const text = 'Ana Bo '.repeat(pairs);
  const mentionsOf = (word: string, offset: number): Entity['mentions'] =>
    Array.from({ length: pairs }, (_, k) => ({ start: 7 * k + offset, end: 7 * k + offset + word.length, kind: 'name' as const, text: word }));
  const entities: Entity[] = [
    { id: 'ana', name: 'Ana', type: 'person', aliases: [], roles: [], mentions: mentionsOf('Ana', 0) },
    { id: 'bo', name: 'Bo', type: 'person', aliases: [], roles: [], mentions: mentionsOf('Bo', 4) },
  ];
  const analysis: Analysis = { textLength: text.length, quotes: [], scareQuotes: [], hedges: [], entities };
  const index = new CrossSourceIndex();
  index.update('long', text, analysis);
  const bo = index.lookupEntity('Bo');
  assert.ok(bo);
  assert.equal(bo.mentionCount, pairs);
  const spans = bo.documents[0].mentions;
  assert.equal(spans.length, pairs);
  spans.forEach((s, k) => {
    if (s.start !== 7 * k + 4) assert.fail(`mention ${k} of Bo at ${s.start}, expected ${7 * k + 4}`);
  });
  assert.equal(index.lookupEntity('Ana')?.mentionCount, pairs);
  const last = index.referencesAt('long', text.length - 2);
  assert.deepEqual(last.map((r) => [r.kind, r.label, r.span.start]), [['entity', 'Bo', text.length - 3]]);
});
