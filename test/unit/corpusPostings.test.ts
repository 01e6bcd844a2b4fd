// The posting lists of the cross-source index against a plain model: order kept, caps, deletions, lists moved and squeezed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdPostingIndex } from '../../src/core/corpus/postings';

/** A deterministic random source, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

test('posting lists: adds and deletes over many terms give what a plain model gives, past moves and squeezes', () => {
  const cap = 300;
  const index = new IdPostingIndex(cap);
  const model = new Map<number, number[]>();
  const saturated = new Set<number>();
  const next = random(11);
  let id = 0;
  for (let step = 0; step < 200_000; step++) {
    // Word terms and entity terms (negative), a few of them busy.
    const term = Math.floor((next() < 0.3 ? 8 : 600) * next()) * (next() < 0.5 ? 1 : -1) - (next() < 0.5 ? 0 : 1);
    const list = model.get(term) ?? [];
    if (list.length && next() < 0.48) {
      const gone = list[Math.floor(next() * list.length)];
      index.delete(term, gone);
      list.splice(list.indexOf(gone), 1);
    } else {
      index.add(term, id);
      if (!saturated.has(term)) {
        list.push(id);
        if (list.length > cap) {
          saturated.add(term);
          list.length = 0;
        }
      }
      id++;
    }
    model.set(term, list);
  }
  for (const [term, list] of model) {
    const start = index.start(term);
    const got = Array.from(index.ids.subarray(start, start + index.count(term)));
    assert.deepEqual(got, list, `term ${term}`);
  }
  assert.ok(saturated.size > 0, 'some lists went past the cap');
  assert.equal(index.count(123_456), 0);
});
